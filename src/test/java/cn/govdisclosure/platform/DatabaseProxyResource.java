package cn.govdisclosure.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the service and the test database, so that a test can take the
 * database away and bring it back. The test reaches the proxy by name, as an MBean of the platform
 * MBean server (the resource and the test may live in different class loaders).
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    static final String NAME = "cn.govdisclosure.test:type=DatabaseProxy";

    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:(mysql|mariadb)://([^/:?]+)(?::(\\d+))?(/.*)?");

    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        // the same default as %test.quarkus.datasource.jdbc.url in application.properties
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");
        Matcher parts = MYSQL_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("TEST_DB_URL is not a jdbc:mysql://host:port/database URL: " + url);
        }
        try {
            proxy = new TcpProxy(parts.group(2), parts.group(3) == null ? 3306 : Integer.parseInt(parts.group(3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new DatabaseProxy(proxy), new ObjectName(NAME));
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        String proxied = "jdbc:" + parts.group(1) + "://127.0.0.1:" + proxy.port()
                + (parts.group(4) == null ? "" : parts.group(4));
        // the acquisition timeout is 1.5 s in production; a loaded CI machine may take longer to open a connection
        // through the proxy
        return Map.of("quarkus.datasource.jdbc.url", proxied, "%test.quarkus.datasource.jdbc.url", proxied,
                "quarkus.liquibase.clean-at-start", "false", "%test.quarkus.liquibase.clean-at-start", "false",
                "%test.quarkus.datasource.jdbc.acquisition-timeout", "3S");
    }

    @Override
    public void stop() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
        } catch (JMException e) {
            // not registered
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    /** The operations a test may call: the database goes away, the database comes back. */
    public interface DatabaseProxyMBean {
        void down();

        void up() throws IOException;
    }

    static final class DatabaseProxy implements DatabaseProxyMBean {
        private final TcpProxy proxy;

        DatabaseProxy(TcpProxy proxy) {
            this.proxy = proxy;
        }

        @Override
        public void down() {
            proxy.down();
        }

        @Override
        public void up() throws IOException {
            proxy.up();
        }
    }
}
