package cn.govdisclosure.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Sees every SQL statement Hibernate prepares in the tests, and keeps those that write to a table while a test
 * watches it, so that a test can count the statements a request costs.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

    private static volatile List<String> watched;
    private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

    /** Starts keeping the inserts into these tables, forgetting those kept before. */
    public static void watchInsertsInto(String... tables) {
        SEEN.clear();
        watched = Stream.of(tables).map(table -> "insert into " + table.toLowerCase(Locale.ROOT) + " ").toList();
    }

    /** The inserts kept since {@link #watchInsertsInto}. */
    public static List<String> inserts() {
        synchronized (SEEN) {
            return List.copyOf(SEEN);
        }
    }

    public static void stop() {
        watched = null;
    }

    @Override
    public String inspect(String sql) {
        List<String> tables = watched;
        String statement = sql.toLowerCase(Locale.ROOT);
        if (tables != null && tables.stream().anyMatch(statement::startsWith)) {
            SEEN.add(sql);
        }
        return sql;
    }
}
