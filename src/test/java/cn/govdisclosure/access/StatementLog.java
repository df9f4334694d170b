package cn.govdisclosure.access;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * class, each with its own static fields. They share their state through two system properties, strings only (other
 * libraries read every system property as a string): the tables watched, and the statements seen, separated by NUL.
 */
public class StatementLog implements QueryInterceptor {

    private static final String WATCHED = StatementLog.class.getName() + ".watched";
    private static final String SEEN = StatementLog.class.getName() + ".seen";
    private static final String SEPARATOR = "\u0000";

    /** Starts keeping the inserts into these tables, forgetting those kept before. */
    public static void watchInsertsInto(String... tables) {
        synchronized (System.getProperties()) {
            System.clearProperty(SEEN);
            System.setProperty(WATCHED, Stream.of(tables).map(table -> table.toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(",")));
        }
    }

    /** The inserts kept since {@link #watchInsertsInto}. */
    public static List<String> inserts() {
        String seen = System.getProperty(SEEN);
        return seen == null ? List.of() : List.of(seen.split(SEPARATOR));
    }

    /** Stops watching and forgets what was kept. */
    public static void stop() {
        synchronized (System.getProperties()) {
            System.clearProperty(WATCHED);
            System.clearProperty(SEEN);
        }
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        String tables = System.getProperty(WATCHED);
        if (tables != null) {
            String text = sql.get();
            String statement = text.toLowerCase(Locale.ROOT);
            if (Stream.of(tables.split(",")).anyMatch(table -> statement.startsWith("insert into " + table + " "))) {
                synchronized (System.getProperties()) {
                    String seen = System.getProperty(SEEN);
                    System.setProperty(SEEN, seen == null ? text : seen + SEPARATOR + text);
                }
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
