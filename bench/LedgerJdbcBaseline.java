import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the ledger import benchmark: the same CSV rows inserted with plain JDBC batches (1,000 rows,
 * rewriteBatchedStatements) into the same tables (disclosure_application, and application_event for concluded
 * rows, their ids read back per batch as the service does), in one transaction, with no validation, no
 * encryption and no deadline computation. Usage: java -cp mysql-connector-j.jar LedgerJdbcBaseline.java JDBC_URL CSV
 */
public class LedgerJdbcBaseline {

    static final Map<String, String> CHANNELS = Map.of("网络", "ONLINE", "网上", "ONLINE", "当面", "IN_PERSON", "信函", "POST",
            "传真", "FAX", "电子邮件", "EMAIL");
    static final Map<String, String> TYPES = Map.of("自然人", "NATURAL_PERSON", "商业企业", "COMMERCIAL_ENTERPRISE", "科研机构",
            "RESEARCH_INSTITUTION", "社会公益组织", "SOCIAL_WELFARE_ORGANIZATION", "法律服务机构", "LEGAL_SERVICE_INSTITUTION",
            "其他组织", "OTHER_ORGANIZATION");
    static final Map<String, String> OUTCOMES = Map.ofEntries(Map.entry("予以公开", "GRANTED"),
            Map.entry("部分公开", "PARTIALLY_GRANTED"), Map.entry("不予公开-属于国家秘密", "DENIED_STATE_SECRET"),
            Map.entry("属于四类过程性信息", "DENIED_PROCESS_INFORMATION"), Map.entry("本机关不掌握相关政府信息", "UNAVAILABLE_NOT_HELD"),
            Map.entry("没有现成信息需要另行制作", "UNAVAILABLE_NEEDS_CREATION"), Map.entry("重复申请", "NOT_PROCESSED_DUPLICATE"),
            Map.entry("信访举报投诉类申请", "NOT_PROCESSED_COMPLAINT"), Map.entry("其他处理-其他", "OTHER"));

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int rows = 0;
        try (Connection db = DriverManager.getConnection(args[0], "root", "");
                BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            db.setAutoCommit(false);
            Map<String, Long> agencies = new HashMap<>();
            try (ResultSet all = db.createStatement().executeQuery("SELECT code, id FROM agency")) {
                while (all.next()) {
                    agencies.put(all.getString(1), all.getLong(2));
                }
            }
            PreparedStatement app = db.prepareStatement("INSERT INTO disclosure_application (agency_id, tracking_number, "
                    + "received_date, channel, applicant_type, applicant_name, applicant_id_number, applicant_phone, "
                    + "applicant_email, applicant_address, subject, outcome, concluded_date, deadline_status, due_date, "
                    + "working_days_used, working_days_allowed, concluded_on_time, version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement event = db.prepareStatement("INSERT INTO application_event (application_id, event_type, "
                    + "event_date, outcome, recorded_at) VALUES (?, 'CONCLUDED', ?, ?, ?)");
            in.readLine();
            List<String[]> batch = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                batch.add(line.split(",", -1));
                if (batch.size() == 1000) {
                    write(db, app, event, agencies, batch);
                    rows += batch.size();
                    batch.clear();
                }
            }
            write(db, app, event, agencies, batch);
            rows += batch.size();
            db.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("baseline rows=%d seconds=%.1f rows_per_second=%.0f%n", rows, seconds, rows / seconds);
    }

    static void write(Connection db, PreparedStatement app, PreparedStatement event, Map<String, Long> agencies,
            List<String[]> batch) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (String[] c : batch) {
            boolean concluded = !c[10].isEmpty();
            app.setLong(1, agencies.get(c[0]));
            app.setString(2, c[1]);
            app.setObject(3, LocalDate.parse(c[2]));
            app.setString(4, CHANNELS.get(c[3]));
            app.setString(5, TYPES.get(c[4]));
            app.setString(6, c[5]);
            app.setString(7, c[6]);
            app.setString(8, c[7]);
            app.setNull(9, Types.VARCHAR);
            app.setNull(10, Types.VARCHAR);
            app.setString(11, c[8]);
            app.setString(12, concluded ? OUTCOMES.get(c[10]) : null);
            app.setObject(13, concluded ? LocalDate.parse(c[9]) : null);
            app.setString(14, concluded ? "CONCLUDED" : "OPEN");
            app.setNull(15, Types.DATE);
            app.setNull(16, Types.INTEGER);
            app.setInt(17, 20);
            app.setNull(18, Types.BOOLEAN);
            app.setLong(19, 0);
            app.setTimestamp(20, now);
            app.setTimestamp(21, now);
            app.addBatch();
        }
        app.executeBatch();
        Map<Long, List<String>> byAgency = new HashMap<>();
        for (String[] c : batch) {
            byAgency.computeIfAbsent(agencies.get(c[0]), a -> new ArrayList<>()).add(c[1]);
        }
        Map<String, Long> ids = new HashMap<>();
        for (var agency : byAgency.entrySet()) {
            String marks = String.join(",", Collections.nCopies(agency.getValue().size(), "?"));
            try (PreparedStatement select = db.prepareStatement("SELECT id, tracking_number FROM disclosure_application "
                    + "WHERE agency_id = ? AND tracking_number IN (" + marks + ")")) {
                select.setLong(1, agency.getKey());
                for (int i = 0; i < agency.getValue().size(); i++) {
                    select.setString(i + 2, agency.getValue().get(i));
                }
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        ids.put(agency.getKey() + "/" + found.getString(2), found.getLong(1));
                    }
                }
            }
        }
        for (String[] c : batch) {
            if (!c[10].isEmpty()) {
                event.setLong(1, ids.get(agencies.get(c[0]) + "/" + c[1]));
                event.setObject(2, LocalDate.parse(c[9]));
                event.setString(3, OUTCOMES.get(c[10]));
                event.setTimestamp(4, now);
                event.addBatch();
            }
        }
        event.executeBatch();
    }
}
