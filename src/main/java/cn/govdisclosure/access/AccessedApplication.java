package cn.govdisclosure.access;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/**
 * One application whose personal data an answer showed, at its place in the answer; found by tracking number.
 * Written by {@link PersonalDataAccessRepository#insertApplications}, never through the entity.
 */
@Entity
@NoAuditTrail("the personal-data access log is a log of its own")
@Table(name = "personal_data_access_application")
@IdClass(AccessedApplication.Key.class)
class AccessedApplication {

    @Id
    @Column(name = "access_id")
    long accessId;

    @Id
    @Column(name = "ordinal")
    int ordinal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "access_id", insertable = false, updatable = false)
    PersonalDataAccess access;

    @Column(name = "tracking_number", nullable = false, length = 64)
    String trackingNumber;

    /** The answer and the place in it. */
    static class Key implements Serializable {
        long accessId;
        int ordinal;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accessId == accessId && key.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accessId, ordinal);
        }
    }
}
