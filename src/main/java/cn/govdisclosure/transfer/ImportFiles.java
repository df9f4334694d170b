package cn.govdisclosure.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.mysql.cj.jdbc.JdbcConnection;

/**
 * The uploaded files of import jobs, kept in the database (table {@code ledger_import_file}, in chunks of 1 MiB)
 * from the upload until the job ends: every replica can read them, and they survive the crash of the replica that
 * was running the job. While a job runs, its replica works on a copy in the temporary directory.
 */
@ApplicationScoped
class ImportFiles {

    static final int CHUNK_BYTES = 1024 * 1024;
    static final String TEMP_PREFIX = "ledger-import-";

    private final EntityManager em;

    ImportFiles(EntityManager em) {
        this.em = em;
    }

    /** Stores the file of a job, in the caller's transaction. */
    void store(long importId, Path file) {
        em.unwrap(Session.class).doWork(connection -> {
            try (InputStream in = Files.newInputStream(file);
                    PreparedStatement insert = binaryStatement(connection,
                            "INSERT INTO ledger_import_file (import_id, chunk_number, data) VALUES (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK_BYTES];
                int chunk = 0;
                int read;
                while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    insert.setLong(1, importId);
                    insert.setInt(2, chunk++);
                    insert.setBytes(3, read == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, read));
                    insert.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A statement that sends its bytes as they are: on MySQL a server-side prepared statement (the binary protocol),
     * where the pool's client-side statements would escape every byte of a chunk into the query text, which was a
     * tenth of an import's time.
     */
    private static PreparedStatement binaryStatement(Connection connection, String sql) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)) {
            return connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql);
        }
        return connection.prepareStatement(sql);
    }

    /** Copies the file of a job to a temporary file, chunk by chunk, in the caller's transaction. */
    Path copyToTemp(long importId) throws IOException {
        Path copy = Files.createTempFile(TEMP_PREFIX + importId + "-", ".upload");
        try (OutputStream out = Files.newOutputStream(copy)) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT data FROM ledger_import_file WHERE import_id = ? AND chunk_number = ?")) {
                    for (int chunk = 0;; chunk++) {
                        select.setLong(1, importId);
                        select.setInt(2, chunk);
                        try (ResultSet row = select.executeQuery()) {
                            if (!row.next()) {
                                return;
                            }
                            out.write(row.getBytes(1));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    /** Deletes the stored file of a job (when it ends), in the caller's transaction. */
    void delete(long importId) {
        em.createNativeQuery("DELETE FROM ledger_import_file WHERE import_id = ?1").setParameter(1, importId)
                .executeUpdate();
    }

    /** Deletes a job's recorded errors (before it runs again, or when it expires). */
    void deleteErrors(long importId) {
        em.createNativeQuery("DELETE FROM ledger_import_error WHERE import_id = ?1").setParameter(1, importId)
                .executeUpdate();
    }

    /** Records errors of a job, in the caller's transaction. */
    void recordErrors(long importId, java.util.List<ImportError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ledger_import_error (import_id, "
                    + "sheet, source_row, column_name, tracking_number, message_zh, message_en) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ImportError error : errors) {
                    insert.setLong(1, importId);
                    insert.setString(2, cut(error.sheet(), 100));
                    if (error.row() == null) {
                        insert.setNull(3, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(3, error.row());
                    }
                    insert.setString(4, cut(error.column(), 100));
                    insert.setString(5, cut(error.trackingNumber(), 64));
                    insert.setString(6, cut(error.message(), 1000));
                    insert.setString(7, cut(error.messageEn(), 1000));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
