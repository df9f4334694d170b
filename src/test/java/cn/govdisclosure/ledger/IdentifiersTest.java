package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;

/**
 * Tracking and case numbers hold only characters that cannot pass for others: invisible, space-like and line-breaking
 * characters are refused, and full-width letters and digits are the same key as their ASCII forms.
 */
@QuarkusTest
class IdentifiersTest {

    private static final List<String> LOOKALIKES = List.of("\u2028", "\u0085", "\u00a0", "\u3000", "\u200b", "\r\n",
            " ", "\t", "\u0000");

    @Test
    void trackingNumbersWithInvisibleOrSpaceLikeCharactersAreRefused() {
        String agency = TestData.agency();
        for (String lookalike : LOOKALIKES) {
            Map<String, Object> application = TestData.application("LJ" + lookalike + "2021", "2021-03-01",
                    "NATURAL_PERSON", null, null);
            TestData.problem(api().contentType(ContentType.JSON).body(application)
                    .post("/api/v1/agencies/{code}/applications", agency).then(), 400)
                    .body("errors[0].field", equalTo("trackingNumber"))
                    .body("errors[0].message", equalTo("must be 1 to 64 letters, digits, Chinese characters or "
                            + "- _ . : = + ( ) [ ] （ ） 〔 〕 【 】, without spaces"));
        }
        assertEquals(0, api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200).extract()
                .jsonPath().getInt("totalItems"));
    }

    @Test
    void caseNumbersWithLineBreaksOrInvisibleCharactersAreRefused() {
        String agency = TestData.agency();
        for (String lookalike : LOOKALIKES) {
            if (lookalike.equals(" ")) {
                continue;
            }
            Map<String, Object> appeal = TestData.appeal("（2021）行初" + lookalike + "1号", "ADMINISTRATIVE_REVIEW", "2021-05-01",
                    "PENDING", null, null);
            TestData.problem(api().contentType(ContentType.JSON).body(appeal)
                    .post("/api/v1/agencies/{code}/appeals", agency).then(), 400)
                    .body("errors[0].field", equalTo("caseNumber"))
                    .body("errors[0].message", equalTo("may contain only letters, digits, Chinese characters, "
                            + "- _ . : = + ( ) [ ] （ ） 〔 〕 【 】 and single spaces between them"));
        }
        // a single space between the parts of a printed case number is kept
        api().contentType(ContentType.JSON)
                .body(TestData.appeal("（2021）闽0504 行初1号", "ADMINISTRATIVE_REVIEW", "2021-05-01", "PENDING", null, null))
                .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(201)
                .body("caseNumber", equalTo("（2021）闽0504 行初1号"));
    }

    @Test
    void fullWidthLettersAndDigitsAreTheSameKeyAsAscii() {
        String agency = TestData.agency();
        Map<String, Object> fullWidth = new HashMap<>(TestData.application("ＬＪ２０２１ａ", "2021-03-01",
                "NATURAL_PERSON", null, null));
        api().contentType(ContentType.JSON).body(fullWidth).post("/api/v1/agencies/{code}/applications", agency).then()
                .statusCode(201).header("Location", endsWith("/applications/LJ2021a"))
                .body("trackingNumber", equalTo("LJ2021a"));
        Map<String, Object> ascii = new HashMap<>(fullWidth);
        ascii.put("trackingNumber", "LJ2021a");
        // the same application again: found, not created twice
        api().contentType(ContentType.JSON).body(ascii).post("/api/v1/agencies/{code}/applications", agency).then()
                .statusCode(200).body("trackingNumber", equalTo("LJ2021a"));
        api().get("/api/v1/agencies/{code}/applications/ＬＪ２０２１ａ", agency).then().statusCode(200)
                .body("trackingNumber", equalTo("LJ2021a"));

        api().contentType(ContentType.JSON)
                .body(TestData.appeal("（２０２１）行初１号", "ADMINISTRATIVE_REVIEW", "2021-05-01", "PENDING", null, null))
                .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(201)
                .body("caseNumber", equalTo("（2021）行初1号"));
        api().contentType(ContentType.JSON)
                .body(TestData.appeal("（2021）行初1号", "ADMINISTRATIVE_REVIEW", "2021-05-01", "PENDING", null, null))
                .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(200);
    }
}
