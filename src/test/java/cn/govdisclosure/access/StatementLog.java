package cn.govdisclosure.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Sees every SQL statement the MySQL driver sends to the database in the tests (the test profile names it as the
 * driver's {@code queryInterceptors}), whether Hibernate or plain JDBC on the session's connection issued it, and keeps
 * those that write to a table while a test watches it, so that a test can count the statements a request costs.
 *
 * <p>The driver loads this class with the JVM's application class loader, the tests with Quarkus's: two copies of the
 * class, each with its own static fields. They share their state through the system properties table, which both
 * see, holding only JDK types.
 */
public class StatementLog implements QueryInterceptor {

    private static final String WATCHED = StatementLog.class.getName() + ".watched";
    private static final String SEEN = StatementLog.class.getName() + ".seen";

    /** Starts keeping the inserts into these tables, forgetting those kept before. */
    public static void watchInsertsInto(String... tables) {
        seen().clear();
        System.getProperties().put(WATCHED,
                Stream.of(tables).map(table -> "insert into " + table.toLowerCase(Locale.ROOT) + " ").toList());
    }

    /** The inserts kept since {@link #watchInsertsInto}. */
    public static List<String> inserts() {
        List<String> seen = seen();
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public static void stop() {
        System.getProperties().remove(WATCHED);
    }

    @SuppressWarnings("unchecked")
    private static List<String> seen() {
        return (List<String>) System.getProperties().computeIfAbsent(SEEN,
                key -> Collections.synchronizedList(new ArrayList<String>()));
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        List<String> tables = (List<String>) System.getProperties().get(WATCHED);
        if (tables != null) {
            String text = sql.get();
            String statement = text.toLowerCase(Locale.ROOT);
            if (tables.stream().anyMatch(statement::startsWith)) {
                seen().add(text);
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result, ServerSession session) {
        return null;
    }
}
