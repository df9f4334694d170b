package cn.govdisclosure.transfer;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.transfer.LedgerImports.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/** Modes, errors, conflicts, encodings, NDJSON, subtree uploads, rights, the template and the export round trip. */
@QuarkusTest
class LedgerImportTest {

    private static final String HEADER = "申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,答复日期,处理结果\r\n";

    @BeforeAll
    static void sendCharsetsAsGiven() {
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private static final String TWO_GOOD_ONE_BAD = "M-1,2021-01-04,网上,自然人,甲,某文件,2021-01-20,予以公开\r\n"
            + "M-2,2021/2/30,传真,自然人,乙,某文件,,\r\n"
            + "M-3,2021-03-01,信函,外星人,丙,某文件,2021-03-05,答复了\r\n"
            + "M-4,2021-03-02,当面,商业企业,丁,某文件,2021-03-01,予以公开\r\n"
            + "M-5,2021-03-03,当面,商业企业,戊,某文件,,\r\n";

    @Test
    void allOrNothingStoresNothingWhenARowIsBadAndReportsEveryError() {
        String agency = TestData.agency();
        JsonPath job = LedgerImports.run(agency, csv(TWO_GOOD_ONE_BAD), "text/csv", null);

        assertEquals("FAILED", job.getString("status"));
        assertEquals(false, job.getBoolean("stored"));
        assertEquals(List.of(5, 2, 0, 0, 3), counts(job));
        assertEquals(0, LedgerImports.ledgerSize(agency));
        assertEquals(4, job.getInt("errorCount"));
        assertEquals(List.of(3L, 4L, 4L, 5L), job.getList("errors.row", Long.class));
        assertEquals(List.of("收到日期", "申请人类型", "处理结果", "答复日期"), job.getList("errors.column"));
        assertEquals("M-4", job.getString("errors[3].trackingNumber"));
        assertEquals("不得早于收到日期", job.getString("errors[3].message"));
        assertEquals("concludedDate: must not be before receivedDate", job.getString("errors[3].messageEn"));
        assertTrue(job.getString("errors[1].message").startsWith("无法识别的申请人类型“外星人”"));

        String errors = api().accept("text/csv").get("/api/v1/ledger-imports/{id}/errors", job.getLong("id")).then()
                .statusCode(200).extract().asString();
        List<String> lines = errors.lines().toList();
        assertEquals(5, lines.size());
        assertEquals("\uFEFF工作表 sheet,行号 row,列 column,申请编号 trackingNumber,错误,error", lines.get(0));
        assertEquals(",5,答复日期,M-4,不得早于收到日期,concludedDate: must not be before receivedDate", lines.get(4));
    }

    @Test
    void validRowsStoresTheGoodRowsAndValidateStoresNothing() {
        String agency = TestData.agency();
        JsonPath check = LedgerImports.run(agency, csv(TWO_GOOD_ONE_BAD), "text/csv", "mode=validate");
        assertEquals("SUCCEEDED", check.getString("status"));
        assertEquals(false, check.getBoolean("stored"));
        assertEquals(List.of(5, 2, 0, 0, 3), counts(check));
        assertEquals(0, LedgerImports.ledgerSize(agency));

        JsonPath job = LedgerImports.run(agency, csv(TWO_GOOD_ONE_BAD), "text/csv", "mode=valid-rows");
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(true, job.getBoolean("stored"));
        assertEquals(List.of(5, 2, 0, 0, 3), counts(job));
        assertEquals(2, LedgerImports.ledgerSize(agency));
        api().get("/api/v1/agencies/{code}/applications/M-5", agency).then().statusCode(200);
    }

    @Test
    void aChangedRowIsAConflictUnlessReplaceIsAskedForThenAnAuditedCorrection() {
        String agency = TestData.agency();
        String first = "C-1,2021-01-04,网上,自然人,甲,某文件,2021-01-20,予以公开\r\nC-2,2021-01-05,网上,自然人,乙,某文件,,\r\n";
        assertEquals("SUCCEEDED", LedgerImports.run(agency, csv(first), "text/csv", null).getString("status"));
        String changed = "C-1,2021-01-04,网上,自然人,甲,某文件,2021-01-20,部分公开\r\nC-2,2021-01-05,网上,自然人,乙,某文件,,\r\n";

        JsonPath conflict = LedgerImports.run(agency, csv(changed), "text/csv", null);
        assertEquals("FAILED", conflict.getString("status"));
        assertEquals(List.of(2, 0, 0, 1, 1), counts(conflict));
        assertEquals("trackingNumber: is already recorded with other content", conflict.getString("errors[0].messageEn"));
        assertEquals("申请编号", conflict.getString("errors[0].column"));

        JsonPath replaced = LedgerImports.run(agency, csv(changed), "text/csv", "onConflict=replace");
        assertEquals("SUCCEEDED", replaced.getString("status"));
        assertEquals(List.of(2, 0, 1, 1, 0), counts(replaced));
        assertEquals("PARTIALLY_GRANTED", api().get("/api/v1/agencies/{code}/applications/C-1", agency).then()
                .extract().jsonPath().getString("outcome"));
        JsonPath trail = api().get("/api/v1/audit?entityType=APPLICATION&entityId=C-1&agency={code}", agency).then()
                .statusCode(200).extract().jsonPath();
        // the entry and its conclusion event, each one UPDATE by the uploader
        assertEquals(List.of("UPDATE", "UPDATE"), trail.getList("items.action"), trail.prettify());
        assertEquals(List.of("test-admin", "test-admin"), trail.getList("items.actor"));
        int entry = trail.getList("items.entityType").indexOf("APPLICATION");
        assertEquals(List.of("outcome"), trail.getList("items[" + entry + "].changes.field"));
    }

    @Test
    void gb18030WhenDeclaredNdjsonAndRowsNamingAgenciesOfTheSubtree() {
        String parent = TestData.agency();
        String child = TestData.agency("某街道办事处", "TOWNSHIP", parent);
        String outsider = TestData.agency();
        Charset gb = Charset.forName("GB18030");
        String rows = "机关代码," + HEADER + parent + ",G-1,2021-01-04,网上,自然人,甲,某文件,,\r\n"
                + child + ",G-2,2021-01-05,当面,法律服务机构,乙,某文件,,\r\n"
                + outsider + ",G-3,2021-01-05,当面,自然人,丙,某文件,,\r\n";
        JsonPath job = LedgerImports.run(parent, rows.getBytes(gb), "text/csv; charset=GB18030", "mode=valid-rows");
        assertEquals(List.of(3, 2, 0, 0, 1), counts(job));
        assertEquals("机关代码", job.getString("errors[0].column"));
        assertEquals("LEGAL_SERVICE_INSTITUTION", api().get("/api/v1/agencies/{code}/applications/G-2", child).then()
                .statusCode(200).extract().jsonPath().getString("applicantType"));

        JsonPath undeclared = LedgerImports.run(parent, rows.getBytes(gb), "text/csv", null);
        assertEquals("FAILED", undeclared.getString("status"));
        assertTrue(undeclared.getString("failure").contains("charset=GB18030"), undeclared.getString("failure"));

        String ndjson = "{\"trackingNumber\":\"N-1\",\"receivedDate\":\"2021-05-06\",\"channel\":\"FAX\","
                + "\"applicantType\":\"NATURAL_PERSON\",\"applicant\":{\"name\":\"王某\"},\"subject\":\"某文件\"}\n\n"
                + "{\"agencyCode\":\"" + child + "\",\"trackingNumber\":\"N-2\",\"receivedDate\":\"2021-05-06\","
                + "\"channel\":\"FAX\",\"applicantType\":\"NATURAL_PERSON\",\"applicant\":{\"name\":\"王某\"},"
                + "\"subject\":\"某文件\",\"outcome\":\"GRANTED\",\"concludedDate\":\"2021-05-07\"}\n"
                + "{\"trackingNumber\":\"N-3\",\"receivedDate\":\"2021-05-06\",\"status\":\"OPEN\"}\n";
        JsonPath lines = LedgerImports.run(parent, ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "mode=valid-rows");
        assertEquals(List.of(3, 2, 0, 0, 1), counts(lines));
        assertEquals(4L, lines.getLong("errors[0].row"));
        assertEquals("GRANTED", api().get("/api/v1/agencies/{code}/applications/N-2", child).then().statusCode(200)
                .extract().jsonPath().getString("outcome"));
    }

    @Test
    void onlyClerksOfTheAgencyUploadAndBadParametersAreProblems() {
        String parent = TestData.agency();
        String child = TestData.agency("某局", "DEPARTMENT", parent);
        TestData.problem(TestData.as("clerk", child).contentType("text/csv").body(csv(""))
                .post("/api/v1/agencies/{code}/ledger-imports", parent).then(), 403);
        TestData.problem(TestData.as("viewer", parent).contentType("text/csv").body(csv(""))
                .post("/api/v1/agencies/{code}/ledger-imports", parent).then(), 403);
        TestData.problem(api().contentType("text/csv").body(csv(""))
                .post("/api/v1/agencies/{code}/ledger-imports?mode=sometimes", parent).then(), 400);
        TestData.problem(api().contentType("text/csv").body(csv("")).queryParam("mapping", "{\"columns\":{\"编号\":\"colour\"}}")
                .post("/api/v1/agencies/{code}/ledger-imports", parent).then(), 400);
        TestData.problem(api().contentType("application/pdf").body(new byte[] {1})
                .post("/api/v1/agencies/{code}/ledger-imports", parent).then(), 415);
        long id = LedgerImports.upload(TestData.as("clerk", parent), parent, csv(""), "text/csv", null);
        TestData.problem(TestData.as("viewer", TestData.agency()).get("/api/v1/ledger-imports/{id}", id).then(), 403);
    }

    @Test
    void anExplicitMappingOverridesTheGuesses() {
        String agency = TestData.agency();
        String rows = "编号,日期,途径,类别,姓名,事项,结论日,结论\r\nX-1,2021-01-04,APP,个人,甲,某文件,2021-01-08,公开\r\n";
        String mapping = "{\"columns\":{\"编号\":\"trackingNumber\",\"日期\":\"receivedDate\",\"途径\":\"channel\","
                + "\"类别\":\"applicantType\",\"姓名\":\"applicant.name\",\"事项\":\"subject\",\"结论日\":\"concludedDate\","
                + "\"结论\":\"outcome\"},\"values\":{\"channel\":{\"APP\":\"ONLINE\"},\"outcome\":{\"公开\":\"GRANTED\"}}}";
        JsonPath job = LedgerImports.await(LedgerImports.upload(api().queryParam("mapping", mapping), agency,
                rows.getBytes(StandardCharsets.UTF_8), "text/csv", null));
        assertEquals(List.of(1, 1, 0, 0, 0), counts(job), job.prettify());
        JsonPath stored = api().get("/api/v1/agencies/{code}/applications/X-1", agency).then().extract().jsonPath();
        assertEquals(List.of("ONLINE", "NATURAL_PERSON", "GRANTED"),
                List.of(stored.getString("channel"), stored.getString("applicantType"), stored.getString("outcome")));
    }

    @Test
    void theExportReadsBackAsTheSameLedgerAsCsvAndAsWorkbook() throws Exception {
        String parent = TestData.agency();
        String child = TestData.agency("某街道办事处", "TOWNSHIP", parent);
        assertEquals("SUCCEEDED", LedgerImports.run(parent, OfficeWorkbookImportTest.officeWorkbook(),
                LedgerImports.XLSX, null).getString("status"));
        TestData.record(child, "=CHILD-1", "2021-02-03", "COMMERCIAL_ENTERPRISE", "DENIED_THIRD_PARTY_RIGHTS",
                "2021-02-20");

        byte[] csvExport = TestData.as("clerk", parent).accept("text/csv")
                .get("/api/v1/agencies/{code}/applications?scope=subtree", parent).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract().asByteArray();
        String text = new String(csvExport, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals(13, lines.size());
        assertEquals("\uFEFF机关代码,申请编号,收到日期,申请方式,申请人类型,申请人,证件号码,联系电话,电子邮箱,通讯地址,申请内容,答复日期,处理结果",
                lines.get(0));
        assertEquals(parent + ",G20-2,2020-02-03,电子邮件,法律服务机构,某律师事务所,,,,,某案件材料,2020-02-28,不予公开-属于国家秘密",
                lines.get(5));
        assertEquals(child + ",'=CHILD-1,2021-02-03,网络,商业企业,王小明,350504199001011234,13800000000,,,某项目的审批文件,"
                + "2021-02-20,不予公开-保护第三方合法权益", lines.get(12));

        JsonPath again = LedgerImports.run(parent, csvExport, "text/csv", null);
        assertEquals(List.of(12, 0, 0, 12, 0), counts(again), again.prettify());

        byte[] xlsxExport = TestData.as("clerk", parent).accept(LedgerImports.XLSX)
                .get("/api/v1/agencies/{code}/applications?scope=subtree", parent).then().statusCode(200)
                .contentType(LedgerImports.XLSX).extract().asByteArray();
        JsonPath fromWorkbook = LedgerImports.run(parent, xlsxExport, LedgerImports.XLSX, null);
        assertEquals(List.of(12, 0, 0, 12, 0), counts(fromWorkbook), fromWorkbook.prettify());

        // a viewer's export has no personal data; a clerk's reading is logged
        String viewed = TestData.as("viewer", parent).accept("text/csv")
                .get("/api/v1/agencies/{code}/applications?receivedYear=2021", child).then().statusCode(200)
                .extract().asString();
        assertEquals(child + ",'=CHILD-1,2021-02-03,网络,商业企业,王**,,,,,某项目的审批文件,2021-02-20,不予公开-保护第三方合法权益",
                viewed.lines().toList().get(1));
        // shown with personal data three times (the admin's create, the clerk's CSV and workbook), each logged; the
        // viewer's export not
        assertEquals(3, api().queryParam("agency", child).queryParam("trackingNumber", "=CHILD-1")
                .get("/api/v1/personal-data-access").then().statusCode(200).extract().jsonPath().getInt("totalItems"));
    }

    @Test
    void theTemplateHasTheHeadersTheAllowedValuesAndDropDownsAndReadsBack() throws Exception {
        byte[] template = RestAssured.given().get("/api/v1/ledger-imports/template").then().statusCode(200)
                .contentType(LedgerImports.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertEquals("依申请公开台账", data.getSheetName());
            assertEquals("申请编号", data.getRow(0).getCell(1).getStringCellValue());
            assertEquals(3, data.getDataValidations().size());
            Sheet values = workbook.getSheet("可选值");
            assertEquals("网络", values.getRow(3).getCell(0).getStringCellValue());
            assertEquals("不予公开-属于国家秘密", values.getRow(3).getCell(2).getStringCellValue());
            data.createRow(1);
            Object[] row = {null, "T-1", "2021-06-01", "网络", "自然人", "甲", null, null, null, null, "某文件", "2021-06-02",
                "不予公开-属于国家秘密"};
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null) {
                    data.getRow(1).createCell(i).setCellValue((String) row[i]);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            String agency = TestData.agency();
            JsonPath job = LedgerImports.run(agency, out.toByteArray(), LedgerImports.XLSX, null);
            assertEquals(List.of(1, 1, 0, 0, 0), counts(job), job.prettify());
        }
    }
}
