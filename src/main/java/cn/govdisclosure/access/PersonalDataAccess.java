package cn.govdisclosure.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/**
 * One answer that showed applicants' personal data: who was shown them, when, for which agency. The applications it
 * showed are its {@link AccessedApplication}s.
 */
@Entity
@NoAuditTrail("the personal-data access log is a log of its own")
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(name = "agency_code", nullable = false, length = 32)
    String agencyCode;

    @Column(name = "reader", nullable = false, length = 200)
    String reader;

    @Column(name = "accessed_at", nullable = false)
    Instant accessedAt;

    protected PersonalDataAccess() {
    }
}
