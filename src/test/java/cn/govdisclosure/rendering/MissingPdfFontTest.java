package cn.govdisclosure.rendering;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;
import cn.govdisclosure.platform.ProblemTypes;

/** An instance whose configured PDF font is not installed answers the PDF with a problem, and every other format. */
@QuarkusTest
@TestProfile(MissingPdfFontTest.FontNotInstalled.class)
class MissingPdfFontTest {

    private static final String MISSING = "/nonexistent/fonts/uming.ttc";

    /** DISCLOSURE_PDF_FONT pointing where no font is. */
    public static class FontNotInstalled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.pdf.font", MISSING);
        }
    }

    @Test
    void thePdfIsA503ProblemNamingTheSettingAndTheOtherFormatsAreServed() {
        String agency = TestData.agency();
        String location = api().contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().header("Location");

        TestData.problem(api().get(location + ".pdf").then(), 503)
                .body("type", equalTo(ProblemTypes.DOCUMENT_UNAVAILABLE))
                .body("detail", containsString("DISCLOSURE_PDF_FONT (" + MISSING + ")"));
        TestData.problem(api().accept("application/pdf").get(location).then(), 503);
        api().get(location + ".docx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        api().get(location + ".html").then().statusCode(200);
    }
}
