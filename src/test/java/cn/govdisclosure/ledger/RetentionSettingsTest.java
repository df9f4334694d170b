package cn.govdisclosure.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Messages;
import cn.govdisclosure.platform.ServiceClock;

/** Retention is off without a period, and a period that is not positive stops the start. */
class RetentionSettingsTest {

    private static PersonalDataRetention with(Optional<Period> period) {
        return new PersonalDataRetention(null, null, null, new ServiceClock(ZoneId.of("Asia/Shanghai")), period);
    }

    @Test
    void withoutAPeriodRunsAndDryRunsAreRefused() {
        PersonalDataRetention off = with(Optional.empty());
        assertFalse(off.enabled());
        off.check(null);
        Conflict refused = assertThrows(Conflict.class, off::preview);
        assertEquals("Personal-data retention is off: set DISCLOSURE_PERSONAL_DATA_RETENTION to a period such as P10Y "
                + "to enable it", Messages.english(refused.detail()));
        assertThrows(Conflict.class, () -> off.run("admin", "REQUEST"));
    }

    @Test
    void aPeriodThatIsNotPositiveStopsTheStart() {
        for (String period : new String[] {"P0D", "-P1Y"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> with(Optional.of(Period.parse(period))).check(null));
            assertEquals("DISCLOSURE_PERSONAL_DATA_RETENTION must be a positive period such as P10Y, not "
                    + Period.parse(period), refused.getMessage());
        }
    }
}
