package cn.govdisclosure.platform;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * An {@link Instant} stored in a DATETIME column as its UTC date and time, which is what the JDBC time zone setting
 * ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}) stores, read and bound as a {@link LocalDateTime} through JDBC 4.2
 * instead of a {@link java.sql.Timestamp} with a UTC calendar: the driver then builds neither a calendar nor a
 * timestamp per value, and the JVM's time zone plays no part. For the columns of lists read many rows at a time.
 */
public final class UtcDateTime implements JdbcType {

    @Override
    public int getJdbcTypeCode() {
        return Types.TIMESTAMP;
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
                    throws SQLException {
                statement.setObject(index, local(javaType.unwrap(value, Instant.class, options)));
            }

            @Override
            protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
                    throws SQLException {
                statement.setObject(name, local(javaType.unwrap(value, Instant.class, options)));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rows, int index, WrapperOptions options) throws SQLException {
                return javaType.wrap(instant(rows.getObject(index, LocalDateTime.class)), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                return javaType.wrap(instant(statement.getObject(index, LocalDateTime.class)), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return javaType.wrap(instant(statement.getObject(name, LocalDateTime.class)), options);
            }
        };
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
