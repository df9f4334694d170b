package cn.govdisclosure.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the personal-data cipher from the configured keys. */
@ApplicationScoped
class SecurityConfiguration {

    @Produces
    @Singleton
    PersonalDataCipher personalDataCipher(
            @ConfigProperty(name = "disclosure.encryption.keys") String keys,
            @ConfigProperty(name = "disclosure.encryption.active-key") String activeKey) {
        return new PersonalDataCipher(keys, activeKey);
    }
}
