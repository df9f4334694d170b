package cn.govdisclosure.transfer;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.transfer.LedgerImports.counts;
import static cn.govdisclosure.transfer.LedgerImports.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/**
 * A workbook made like an office's: one sheet per year, merged title rows above the header, headers and values in
 * the offices' own wording, a blank line, a total line, dates as date cells and as text in five forms, a numeric
 * tracking number and phone. The annual tables computed after the import are worked out by hand (columns 自然人,
 * 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
 */
@QuarkusTest
class OfficeWorkbookImportTest {

    @Inject
    DataSource database;

    @Test
    void anOfficeWorkbookImportsIntoExactAnnualTablesAndARepeatChangesNothing() throws Exception {
        String agency = TestData.agency();
        byte[] workbook = officeWorkbook();

        JsonPath job = LedgerImports.run(agency, workbook, LedgerImports.XLSX, null);

        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(List.of(11, 11, 0, 0, 0), counts(job));
        assertEquals(11, job.getInt("rows.accepted"));
        assertTrue(job.getBoolean("stored"));
        assertEquals(0, job.getInt("errorCount"));
        assertEquals(1, job.getInt("attempts"));

        Map<String, List<Integer>> y2020 = table(agency, 2020);
        assertEquals(List.of(3, 1, 1, 1, 1, 1, 8), y2020.get("NEW_RECEIVED"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), y2020.get("CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), y2020.get("GRANTED"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), y2020.get("PARTIALLY_GRANTED"));
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 2), y2020.get("DENIED_STATE_SECRET"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), y2020.get("UNAVAILABLE_NOT_HELD"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), y2020.get("NOT_PROCESSED_DUPLICATE"));
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 1), y2020.get("OTHER"));
        assertEquals(List.of(3, 2, 1, 0, 1, 0, 7), y2020.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 0, 0, 1, 0, 1, 3), y2020.get("CARRIED_FORWARD"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), y2020.get("DENIED_LAW_PROHIBITED"));

        Map<String, List<Integer>> y2019 = table(agency, 2019);
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 3), y2019.get("NEW_RECEIVED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), y2019.get("GRANTED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), y2019.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), y2019.get("CARRIED_FORWARD"));

        // values as the office printed them, read back as codes; the numeric cells as their digits
        JsonPath g2 = api().get("/api/v1/agencies/{code}/applications/G20-2", agency).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2020-02-03", g2.getString("receivedDate"));
        assertEquals("EMAIL", g2.getString("channel"));
        assertEquals("LEGAL_SERVICE_INSTITUTION", g2.getString("applicantType"));
        assertEquals("DENIED_STATE_SECRET", g2.getString("outcome"));
        assertEquals("2020-02-28", g2.getString("concludedDate"));
        JsonPath g5 = api().get("/api/v1/agencies/{code}/applications/2020005", agency).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("13912345678", g5.getString("applicant.phone"));
        assertEquals("2020-06-01", g5.getString("receivedDate"));

        // a repeat upload of the same file changes nothing
        JsonPath repeat = LedgerImports.run(agency, workbook, LedgerImports.XLSX, null);
        assertEquals("SUCCEEDED", repeat.getString("status"));
        assertEquals(List.of(11, 0, 0, 11, 0), counts(repeat));
        assertEquals(11, LedgerImports.ledgerSize(agency));
        assertEquals(y2020, table(agency, 2020));

        // the audit trail: one entry per job with who, which file and the counts, no entry per row
        JsonPath trail = api().get("/api/v1/audit?agency={code}&size=50", agency).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("IMPORT", "IMPORT", "CREATE"), trail.getList("items.action"), trail.prettify());
        assertEquals(List.of("LEDGER_IMPORT", "LEDGER_IMPORT", "AGENCY"), trail.getList("items.entityType"));
        assertEquals(List.of(String.valueOf(repeat.getLong("id")), String.valueOf(job.getLong("id"))),
                trail.getList("items.entityId").subList(0, 2));
        assertEquals("test-admin", trail.getString("items[1].actor"));
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Map<String, Object> change : trail.<Map<String, Object>>getList("items[1].changes")) {
            facts.put((String) change.get("field"), change.get("newValue"));
        }
        assertEquals("upload.xlsx", facts.get("fileName"));
        assertEquals(11, facts.get("rowsCreated"));
        assertEquals(0, facts.get("rowsRejected"));
        assertEquals(job.getString("sha256"), facts.get("sha256"));
    }

    @Test
    void anImportedRowIsStoredExactlyAsTheSingleRowPathStoresIt() throws Exception {
        String imported = TestData.agency();
        String single = TestData.agency();
        String csv = "申请编号,收到日期,申请方式,申请人类型,申请人,证件号码,联系电话,电子邮箱,通讯地址,申请内容,答复日期,处理结果\r\n"
                + "SAME-1,2021-03-01,网上,自然人,王小明,350504199001011234,13800000000,wang@example.cn,泉州市洛江区,"
                + "某项目的审批文件,2021-03-10,予以公开\r\n"
                + "SAME-2,2021-04-01,信函,商业企业,某公司,91350500MA2XXXXX1X,,,,某事项,,\r\n";
        JsonPath job = LedgerImports.run(imported, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv",
                null);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("trackingNumber", "SAME-1");
        first.put("receivedDate", "2021-03-01");
        first.put("channel", "ONLINE");
        first.put("applicantType", "NATURAL_PERSON");
        first.put("applicant", Map.of("name", "王小明", "idNumber", "350504199001011234", "phone", "13800000000",
                "email", "wang@example.cn", "address", "泉州市洛江区"));
        first.put("subject", "某项目的审批文件");
        first.put("outcome", "GRANTED");
        first.put("concludedDate", "2021-03-10");
        TestData.record(single, first);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("trackingNumber", "SAME-2");
        second.put("receivedDate", "2021-04-01");
        second.put("channel", "POST");
        second.put("applicantType", "COMMERCIAL_ENTERPRISE");
        second.put("applicant", Map.of("name", "某公司", "idNumber", "91350500MA2XXXXX1X"));
        second.put("subject", "某事项");
        TestData.record(single, second);

        for (String number : List.of("SAME-1", "SAME-2")) {
            Map<String, Object> bulk = storedRow(imported, number);
            Map<String, Object> one = storedRow(single, number);
            assertEquals(one, bulk, number);
            var viaApi = api().get("/api/v1/agencies/{code}/applications/{n}", imported, number).then().statusCode(200)
                    .extract().jsonPath();
            var viaSingle = api().get("/api/v1/agencies/{code}/applications/{n}", single, number).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(viaSingle.getMap("applicant"), viaApi.getMap("applicant"));
            assertEquals(viaSingle.getMap("deadline"), viaApi.getMap("deadline"));
            assertEquals(viaSingle.getList("events.type"), viaApi.getList("events.type"));
            assertEquals(viaSingle.getList("events.date"), viaApi.getList("events.date"));
        }
    }

    /** The stored columns of an entry (encrypted ones as whether they are encrypted; times and ids left out). */
    private Map<String, Object> storedRow(String agency, String trackingNumber) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT a.* FROM disclosure_application a "
                        + "JOIN agency g ON g.id = a.agency_id WHERE g.code = ? AND a.tracking_number = ?")) {
            select.setString(1, agency);
            select.setString(2, trackingNumber);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    String name = row.getMetaData().getColumnName(i).toLowerCase();
                    Object value = row.getObject(i);
                    switch (name) {
                        case "id", "agency_id", "created_at", "updated_at" -> {
                        }
                        case "applicant_id_number", "applicant_phone" -> columns.put(name,
                                value == null ? null : value.toString().startsWith("dev:") ? "encrypted" : value);
                        default -> columns.put(name, value);
                    }
                }
                assertFalse(row.next());
                return columns;
            }
        }
    }

    /** Two sheets like an office keeps them, 2019 and 2020. */
    static byte[] officeWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

            Sheet y2019 = workbook.createSheet("2019年");
            title(y2019, "某局2019年政府信息公开申请登记表", 8);
            row(y2019, 2, dateStyle, "申请编号", "收到日期", "申请人", "申请人类型", "申请方式", "申请内容", "答复日期", "处理结果");
            row(y2019, 3, dateStyle, "S19-1", LocalDate.of(2019, 3, 4), "陈某", "自然人", "当面", "某道路规划", "2019/3/20", "予以公开");
            row(y2019, 4, dateStyle, "S19-2", "2019年12月20日", "某贸易公司", "商业企业", "网上", "某招标文件", "2020.1.8", "部分公开");
            row(y2019, 5, dateStyle, "S19-3", "20191230", "林某", "自然人", "信函", "某补偿方案", "", "");
            row(y2019, 7, dateStyle, "合计", "", "", "", "", "共3件", "", "");

            Sheet y2020 = workbook.createSheet("2020年");
            title(y2020, "某局2020年依申请公开政府信息台账", 12);
            y2020.createRow(1).createCell(0).setCellValue("填报单位：某局　　填报日期：2021年1月5日");
            y2020.addMergedRegion(new CellRangeAddress(1, 1, 0, 11));
            row(y2020, 3, dateStyle, "序号", "受理编号", "受理日期", "申请人姓名", "申请主体", "证件号码", "联系电话", "申请渠道", "申请事项",
                    "办结日期", "办理结果", "备注");
            row(y2020, 4, dateStyle, 1, "G20-1", LocalDate.of(2020, 1, 5), "王某", "自然人", "350504199001011234", "", "网络",
                    "某项目环评批复", "2020/1/20", "予以公开", "");
            row(y2020, 5, dateStyle, 2, "G20-2", "2020/2/3", "某律师事务所", "法律服务机构", "", "", "电子邮件", "某案件材料",
                    "2020年2月28日", "不予公开-属于国家秘密", "");
            row(y2020, 6, dateStyle, 3, "G20-3", "2020.3.9", "张某", "自然人", "", "", "传真", "某会议纪要", "20200401",
                    "属于国家秘密", "");
            row(y2020, 7, dateStyle, 4, "G20-4", "2020-04-10", "某建设公司", "商业企业", "", "", "当面", "某工程验收",
                    LocalDate.of(2020, 5, 6), "本机关不掌握相关政府信息", "");
            // row 9 is left blank
            row(y2020, 9, dateStyle, 5, 2020005d, "2020年6月1日", "李某", "自然人", "", 13912345678d, "网上", "某拆迁补偿",
                    "2020/6/3", "重复申请", "与2020-04号重复");
            row(y2020, 10, dateStyle, 6, "G20-6", "2020/7/15", "某研究院", "科研机构", "", "", "信函", "某统计数据",
                    "2020-08-01", "其他", "");
            row(y2020, 11, dateStyle, 7, "G20-7", "2020/12/28", "某基金会", "社会公益组织", "", "", "网络", "某资金使用",
                    "2021/1/15", "予以公开", "");
            row(y2020, 12, dateStyle, 8, "G20-8", "2020.11.2", "某协会", "其他组织", "", "", "当面", "某行业数据", "", "", "");
            row(y2020, 14, dateStyle, "合计", "", "", "", "", "", "", "", "8件", "", "", "");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void title(Sheet sheet, String title, int width) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    }

    private static void row(Sheet sheet, int index, CellStyle dateStyle, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                if (!text.isEmpty()) {
                    row.createCell(i).setCellValue(text);
                }
            } else if (value instanceof LocalDate date) {
                row.createCell(i).setCellValue(date);
                row.getCell(i).setCellStyle(dateStyle);
            } else if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            }
        }
    }

}
