package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The schema as the changelog declares it, on the migrated test database (MariaDB) and on H2 (dev): every column
 * the changelog declares NOT NULL is NOT NULL, every nullable one nullable, primary keys and auto-increment where
 * declared, every unique constraint and index with its columns, no dropped index or column left, and the lengths of
 * text columns, after every changeset (a type change that redefines a column must not lose what it had); and the data
 * a changeset moves still there.
 */
@QuarkusTest
class SchemaConstraintsTest {

    private static final String CHANGELOG = "db/changelog.xml";
    /** A column redefinition in an SQL change: "MODIFY applicant_phone VARCHAR(255) NULL". */
    private static final Pattern MODIFY = Pattern.compile("MODIFY\\s+(\\w+)\\s+VARCHAR\\((\\d+)\\)\\s+(NOT NULL|NULL)",
            Pattern.CASE_INSENSITIVE);

    @Inject
    AgroalDataSource dataSource;

    /** What the changelog says of one column. */
    record Column(boolean nullable, boolean primaryKey, boolean autoIncrement, Integer length) {
    }

    /** What the changelog declares, changeset after changeset. */
    static final class Declared {
        final Map<String, Column> columns = new TreeMap<>();
        final Map<String, List<String>> uniques = new LinkedHashMap<>();
        final Map<String, List<String>> indexes = new LinkedHashMap<>();
        final Set<String> dropped = new LinkedHashSet<>();
        final Set<String> droppedColumns = new LinkedHashSet<>();
    }

    @Test
    void theMigratedDatabaseHasEveryConstraintTheChangelogDeclares() throws Exception {
        Declared declared = declared();
        assertTrue(declared.columns.size() > 100, "the changelog was read: " + declared.columns.size() + " columns");
        try (Connection connection = dataSource.getConnection()) {
            compare(declared, connection, "mariadb");
        }
    }

    @Test
    void anH2DatabaseMigratedByTheSameChangelogHasThemToo() throws Exception {
        Declared declared = declared();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:mem:schema-check;MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database).update("");
            compare(declared, connection, "h2");
        }
    }

    @Test
    void accessLogEntriesWrittenBeforeTheLogKeptAnswersApartAreStillThere() throws Exception {
        int before = changeSetsBefore("18-1-personal-data-access-applications");
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:mem:access-log-migration;MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
            liquibase.update(before, "");
            try (var insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO personal_data_access (agency_id, agency_code, tracking_number, reader, "
                        + "accessed_at) VALUES (7, 'A-7', 'T-1', 'clerk-a', '2021-03-01 08:00:00'), "
                        + "(7, 'A-7', 'T-2', 'clerk-a', '2021-03-01 08:00:00'), "
                        + "(8, 'A-8', 'T-1', 'clerk-b', '2021-03-02 09:30:00')");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            liquibase.update(1, "");
            try (var query = connection.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT a.id, a.agency_code, s.tracking_number, a.reader, a.accessed_at, s.ordinal "
                            + "FROM personal_data_access_application s JOIN personal_data_access a ON a.id = s.access_id "
                            + "ORDER BY a.accessed_at DESC, a.id DESC, s.ordinal DESC")) {
                List<String> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4) + " " + rows.getString(5) + " " + rows.getInt(6));
                }
                assertEquals(List.of("3 A-8 T-1 clerk-b 2021-03-02 09:30:00 0", "2 A-7 T-2 clerk-a 2021-03-01 08:00:00 0",
                        "1 A-7 T-1 clerk-a 2021-03-01 08:00:00 0"), entries);
            }
        }
    }

    /** How many change sets the changelog holds before the one with this id. */
    private static int changeSetsBefore(String id) throws Exception {
        try (InputStream xml = Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGELOG)) {
            NodeList changeSets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("changeSet");
            for (int i = 0; i < changeSets.getLength(); i++) {
                if (id.equals(((Element) changeSets.item(i)).getAttribute("id"))) {
                    return i;
                }
            }
            throw new IllegalStateException("No change set " + id);
        }
    }

    private static void compare(Declared declared, Connection connection, String kind) throws SQLException {
        String schema = kind.equals("h2") ? "PUBLIC" : connection.getCatalog();
        Map<String, Map<String, Object>> live = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE, "
                + "CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> column = new LinkedHashMap<>();
                    column.put("nullable", rows.getString(3).equals("YES"));
                    column.put("length", rows.getObject(4) == null ? null : rows.getLong(4));
                    live.put(key(rows.getString(1), rows.getString(2)), column);
                }
            }
        }
        Map<String, List<String>> primaryKeys = constraintColumns(connection, schema, "PRIMARY KEY");
        Map<String, List<String>> uniques = constraintColumns(connection, schema, "UNIQUE");
        Map<String, List<String>> indexes = indexes(connection, schema, kind);
        Set<String> autoIncrement = autoIncrement(connection, schema, kind);

        List<String> problems = new ArrayList<>();
        declared.columns.forEach((name, column) -> {
            Map<String, Object> actual = live.get(name);
            if (actual == null) {
                problems.add(kind + ": " + name + " is missing");
                return;
            }
            if ((boolean) actual.get("nullable") != column.nullable()) {
                problems.add(kind + ": " + name + " is " + ((boolean) actual.get("nullable") ? "nullable" : "NOT NULL")
                        + ", declared " + (column.nullable() ? "nullable" : "NOT NULL"));
            }
            if (column.length() != null && !Long.valueOf(column.length()).equals(actual.get("length"))) {
                problems.add(kind + ": " + name + " has length " + actual.get("length") + ", declared " + column.length());
            }
            String table = name.substring(0, name.indexOf('.'));
            String columnName = name.substring(name.indexOf('.') + 1);
            boolean primary = primaryKeys.values().stream().anyMatch(columns -> columns.equals(List.of(name)));
            if (column.primaryKey() != primary) {
                problems.add(kind + ": " + name + (column.primaryKey() ? " lost its primary key" : " is a primary key"));
            }
            if (column.autoIncrement() != autoIncrement.contains(name)) {
                problems.add(kind + ": " + table + "." + columnName + (column.autoIncrement() ? " lost" : " gained")
                        + " auto-increment");
            }
        });
        declared.uniques.forEach((name, columns) -> {
            boolean present = uniques.values().stream().anyMatch(columns::equals)
                    || indexes.getOrDefault(name, List.of()).equals(columns);
            if (!present) {
                problems.add(kind + ": unique constraint " + name + " " + columns + " is missing");
            }
        });
        declared.indexes.forEach((name, columns) -> {
            if (!columns.equals(indexes.get(name))) {
                problems.add(kind + ": index " + name + " " + columns + " is " + indexes.get(name));
            }
        });
        declared.dropped.forEach(name -> {
            if (indexes.containsKey(name)) {
                problems.add(kind + ": dropped index " + name + " is still there");
            }
        });
        declared.droppedColumns.forEach(name -> {
            if (live.containsKey(name)) {
                problems.add(kind + ": dropped column " + name + " is still there");
            }
        });
        assertEquals(List.of(), problems);
    }

    private static Map<String, List<String>> constraintColumns(Connection connection, String schema, String type)
            throws SQLException {
        Map<String, List<String>> constraints = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.TABLE_NAME, c.CONSTRAINT_NAME, k.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                + "ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
                + "AND k.TABLE_NAME = c.TABLE_NAME "
                + "WHERE c.TABLE_SCHEMA = ? AND c.CONSTRAINT_TYPE = ? ORDER BY c.TABLE_NAME, c.CONSTRAINT_NAME, "
                + "k.ORDINAL_POSITION")) {
            query.setString(1, schema);
            query.setString(2, type);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    constraints.computeIfAbsent(rows.getString(1) + "/" + rows.getString(2), k -> new ArrayList<>())
                            .add(key(rows.getString(1), rows.getString(3)));
                }
            }
        }
        return constraints;
    }

    private static Map<String, List<String>> indexes(Connection connection, String schema, String kind)
            throws SQLException {
        String sql = kind.equals("h2")
                ? "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i "
                        + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA "
                        + "AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_SCHEMA = ? ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION"
                : "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA = ? "
                        + "ORDER BY INDEX_NAME, SEQ_IN_INDEX";
        Map<String, List<String>> indexes = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.computeIfAbsent(rows.getString(2).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(key(rows.getString(1), rows.getString(3)));
                }
            }
        }
        return indexes;
    }

    private static Set<String> autoIncrement(Connection connection, String schema, String kind) throws SQLException {
        String sql = kind.equals("h2")
                ? "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND IS_IDENTITY = 'YES'"
                : "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? "
                        + "AND EXTRA LIKE '%auto_increment%'";
        Set<String> columns = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(key(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return columns;
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }

    /** Reads the changelog's intent: its changesets in order, as they apply. */
    static Declared declared() throws Exception {
        Document document;
        try (InputStream xml = Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGELOG)) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
        }
        Declared declared = new Declared();
        NodeList changeSets = document.getElementsByTagName("changeSet");
        for (int i = 0; i < changeSets.getLength(); i++) {
            for (Element change : children((Element) changeSets.item(i))) {
                String table = change.getAttribute("tableName").toLowerCase(Locale.ROOT);
                switch (change.getTagName()) {
                    case "createTable", "addColumn" -> {
                        for (Element column : children(change)) {
                            declareColumn(declared, table, column);
                        }
                    }
                    case "addUniqueConstraint" -> declared.uniques.put(change.getAttribute("constraintName"),
                            columns(table, change.getAttribute("columnNames").split(",")));
                    case "createIndex" -> declared.indexes.put(change.getAttribute("indexName").toLowerCase(Locale.ROOT),
                            columns(table, children(change).stream().map(c -> c.getAttribute("name")).toArray(String[]::new)));
                    case "dropIndex" -> {
                        String name = change.getAttribute("indexName").toLowerCase(Locale.ROOT);
                        declared.indexes.remove(name);
                        declared.dropped.add(name);
                    }
                    case "dropColumn" -> {
                        String name = key(table, change.getAttribute("columnName"));
                        declared.columns.remove(name);
                        declared.droppedColumns.add(name);
                    }
                    case "addNotNullConstraint" -> declared.columns.computeIfPresent(
                            key(table, change.getAttribute("columnName")),
                            (k, c) -> new Column(false, c.primaryKey(), c.autoIncrement(), c.length()));
                    case "dropNotNullConstraint" -> declared.columns.computeIfPresent(
                            key(table, change.getAttribute("columnName")),
                            (k, c) -> new Column(true, c.primaryKey(), c.autoIncrement(), c.length()));
                    case "modifyDataType" -> declared.columns.computeIfPresent(
                            key(table, change.getAttribute("columnName")),
                            (k, c) -> new Column(c.nullable(), c.primaryKey(), c.autoIncrement(),
                                    length(change.getAttribute("newDataType"))));
                    case "sql" -> {
                        if (change.getAttribute("dbms").contains("mysql")) {
                            Matcher modify = MODIFY.matcher(change.getTextContent());
                            String target = tableOf(change.getTextContent());
                            while (modify.find()) {
                                declared.columns.put(key(target, modify.group(1)), new Column(
                                        modify.group(3).equalsIgnoreCase("NULL"), false, false,
                                        Integer.valueOf(modify.group(2))));
                            }
                        }
                    }
                    default -> {
                        // loadData, comments, validCheckSum: no constraint
                    }
                }
            }
        }
        return declared;
    }

    private static void declareColumn(Declared declared, String table, Element column) {
        boolean nullable = true;
        boolean primaryKey = false;
        for (Element constraints : children(column)) {
            if (constraints.getTagName().equals("constraints")) {
                primaryKey = constraints.getAttribute("primaryKey").equals("true");
                nullable = !primaryKey && !constraints.getAttribute("nullable").equals("false");
                if (constraints.getAttribute("unique").equals("true")) {
                    declared.uniques.put(constraints.getAttribute("uniqueConstraintName"),
                            List.of(key(table, column.getAttribute("name"))));
                }
            }
        }
        declared.columns.put(key(table, column.getAttribute("name")), new Column(nullable, primaryKey,
                column.getAttribute("autoIncrement").equals("true"), length(column.getAttribute("type"))));
    }

    private static Integer length(String type) {
        Matcher varchar = Pattern.compile("VARCHAR\\((\\d+)\\)", Pattern.CASE_INSENSITIVE).matcher(type);
        return varchar.matches() ? Integer.valueOf(varchar.group(1)) : null;
    }

    private static String tableOf(String sql) {
        Matcher table = Pattern.compile("ALTER TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE).matcher(sql);
        assertTrue(table.find(), sql);
        return table.group(1).toLowerCase(Locale.ROOT);
    }

    private static List<String> columns(String table, String[] names) {
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(key(table, name.strip()));
        }
        assertFalse(columns.isEmpty());
        return columns;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
