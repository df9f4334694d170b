package cn.govdisclosure.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import liquibase.Liquibase;
import liquibase.exception.LiquibaseException;

/**
 * Brings the schema up to the changelog when the service starts, before anything else touches the database.
 * Liquibase runs only when a change set of the changelog is not yet recorded in {@code DATABASECHANGELOG} (or when
 * the changelog has change sets that run always or on change): starting it costs about a quarter of a start, and it
 * takes a lock that makes replicas starting together wait for each other. A replica starting against a migrated
 * database therefore reads one table and goes on. What is given up: the check that recorded change sets were not
 * edited afterwards (their checksums), which Liquibase makes whenever it runs, so at the next migration.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final LiquibaseFactory liquibase;
    private final AgroalDataSource dataSource;
    private final String changeLog;
    private final boolean migrateAtStart;

    SchemaMigration(LiquibaseFactory liquibase, AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.liquibase.change-log") String changeLog,
            @ConfigProperty(name = "disclosure.schema.migrate-at-start", defaultValue = "true") boolean migrateAtStart) {
        this.liquibase = liquibase;
        this.dataSource = dataSource;
        this.changeLog = changeLog;
        this.migrateAtStart = migrateAtStart;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (migrateAtStart) {
            migrate();
        }
    }

    /** Runs Liquibase unless every change set of the changelog is recorded; true when it ran. */
    public boolean migrate() {
        ChangeLog wanted = changeLog();
        Set<String> missing = wanted.reRuns() ? wanted.changeSets() : missing(wanted.changeSets(), recorded());
        if (missing.isEmpty()) {
            LOG.infof("Schema up to date: all %d change sets of %s are recorded", wanted.changeSets().size(), changeLog);
            return false;
        }
        LOG.infof("Migrating the schema: %d change sets of %s to run or check", missing.size(), changeLog);
        try (Liquibase update = liquibase.createLiquibase()) {
            update.update(liquibase.createContexts(), liquibase.createLabels());
        } catch (LiquibaseException | RuntimeException failed) {
            throw new IllegalStateException("The schema migration failed: " + failed.getMessage(), failed);
        } catch (Exception closing) {
            throw new IllegalStateException("The schema migration could not be closed: " + closing.getMessage(), closing);
        }
        return true;
    }

    /** The change sets of the changelog ({@code id::author}), and whether any of them runs always or on change. */
    public ChangeLog changeLog() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(changeLog)) {
            if (in == null) {
                throw new IllegalStateException("The changelog " + changeLog + " is not on the class path");
            }
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            Set<String> changeSets = new LinkedHashSet<>();
            boolean reRuns = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "changeSet" -> {
                        changeSets.add(xml.getAttributeValue(null, "id") + "::" + xml.getAttributeValue(null, "author"));
                        reRuns |= "true".equals(xml.getAttributeValue(null, "runAlways"))
                                || "true".equals(xml.getAttributeValue(null, "runOnChange"));
                    }
                    // another file's change sets are not read here: let Liquibase decide
                    case "include", "includeAll" -> reRuns = true;
                    default -> {
                    }
                }
            }
            return new ChangeLog(changeSets, reRuns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The changelog " + changeLog + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The change sets recorded as run ({@code id::author}); empty when the database has no changelog table yet. */
    public Set<String> recorded() {
        Set<String> recorded = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID, AUTHOR FROM DATABASECHANGELOG")) {
            while (rows.next()) {
                recorded.add(rows.getString(1) + "::" + rows.getString(2));
            }
        } catch (SQLException noTableYet) {
            return Set.of();
        }
        return recorded;
    }

    static Set<String> missing(Set<String> wanted, Set<String> recorded) {
        Set<String> missing = new LinkedHashSet<>(wanted);
        missing.removeAll(recorded);
        return missing;
    }

    /** What the changelog holds, as far as deciding whether Liquibase must run goes. */
    public record ChangeLog(Set<String> changeSets, boolean reRuns) {
    }
}
