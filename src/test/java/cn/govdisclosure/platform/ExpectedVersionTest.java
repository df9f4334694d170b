package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How an If-Match header becomes the versions a write expects, and what the check of a stored version says. */
class ExpectedVersionTest {

    @Test
    void aMissingOrBlankHeaderNamesNoVersion() {
        for (String header : new String[] {null, "", "  "}) {
            PreconditionRequired refused = assertThrows(PreconditionRequired.class,
                    () -> EntityTags.expectedVersion(header).check(3));
            assertEquals("This write needs an If-Match header carrying the ETag of the resource as last read",
                    Messages.english(refused.detail()));
        }
    }

    @Test
    void theCurrentTagOrAStarMatches() {
        assertDoesNotThrow(() -> EntityTags.expectedVersion("\"3\"").check(3));
        assertDoesNotThrow(() -> EntityTags.expectedVersion("\"1\", \"3\"").check(3));
        assertDoesNotThrow(() -> EntityTags.expectedVersion("*").check(3));
        assertDoesNotThrow(() -> EntityTags.expectedVersion("\"0\"").check(0));
    }

    @Test
    void anyOtherTagIsStale() {
        for (String header : new String[] {"\"2\"", "\"03\"", "W/\"3\"", "\"abc\"", "\"99999999999999999999\""}) {
            PreconditionFailed refused = assertThrows(PreconditionFailed.class,
                    () -> EntityTags.expectedVersion(header).check(3), header);
            assertEquals(3, refused.currentVersion());
            assertEquals("The resource has changed since it was read (current ETag \"3\"); read it again and "
                    + "reapply the change", Messages.english(refused.detail()));
        }
    }

    @Test
    void aTagWithoutItsQuotesIsMalformedNotStale() {
        for (String header : new String[] {"0", "3", "\"3", "3\"", "\"1\", 3", "W/3", "\"a b\""}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> EntityTags.expectedVersion(header), header);
            assertEquals(List.of("If-Match invalid-format is not an entity tag: send the ETag exactly as it was given, "
                    + "in its double quotes (If-Match: \"3\"), or *"), refused.errors().stream()
                    .map(error -> error.field() + " " + error.code() + " " + Messages.english(error.message())).toList());
        }
    }
}
