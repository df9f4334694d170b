package cn.govdisclosure.statistics;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * An agency with what its annual tables depend on, to tell when they may have changed: its own version
 * (name, kind, place in the tree), and the number, summed versions and latest update time of its
 * applications and of its appeal cases. Any change to a counted record changes one of these: a new
 * record changes the count, an edited one its version. An agency pulled from a federation source ({@code federatedFrom})
 * has no records here: a pull that changes its figures gives it a new version.
 */
public record AgencyChange(long agencyId, String code, String name, String kind, String parentCode,
        long agencyVersion, Instant agencyUpdatedAt, long applications, long applicationVersions,
        Instant applicationsUpdatedAt, long appeals, long appealVersions, Instant appealsUpdatedAt,
        String federatedFrom) {

    /** When the agency or any of its records last changed. */
    public Instant lastChanged() {
        return Stream.of(agencyUpdatedAt, applicationsUpdatedAt, appealsUpdatedAt).filter(t -> t != null)
                .max(Instant::compareTo).orElseThrow();
    }

    /** Everything that identifies this state, as text for a fingerprint. */
    public String fingerprint() {
        return agencyId + ":" + agencyVersion + ":" + parentCode + ":" + applications + ":" + applicationVersions + ":"
                + applicationsUpdatedAt + ":" + appeals + ":" + appealVersions + ":" + appealsUpdatedAt;
    }
}
