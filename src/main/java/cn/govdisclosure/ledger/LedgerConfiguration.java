package cn.govdisclosure.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deadline counting convention from configuration ({@code disclosure.deadline.*}). */
@ApplicationScoped
class LedgerConfiguration {

    @Produces
    @Singleton
    DeadlineRules deadlineRules(
            @ConfigProperty(name = "disclosure.deadline.period-working-days", defaultValue = "20") int period,
            @ConfigProperty(name = "disclosure.deadline.max-extension-working-days", defaultValue = "20") int extension,
            @ConfigProperty(name = "disclosure.deadline.first-day", defaultValue = "NEXT_WORKING_DAY")
            DeadlineRules.FirstDay firstDay) {
        return new DeadlineRules(period, extension, firstDay);
    }
}
