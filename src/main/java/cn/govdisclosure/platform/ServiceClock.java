package cn.govdisclosure.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the disclosing agencies are (dates in the ledger are local dates of that zone), and
 * the current instant for record-keeping.
 */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(@ConfigProperty(name = "disclosure.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The current instant to the second, the precision every supported database keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
