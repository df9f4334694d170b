package cn.govdisclosure.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Today's date where the disclosing agencies are: dates in the ledger are local dates of that zone. */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(@ConfigProperty(name = "disclosure.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
