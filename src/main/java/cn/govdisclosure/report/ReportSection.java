package cn.govdisclosure.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.AuditTrail;

/** The narrative text of one of a report's six sections. */
@Entity
@AuditTrail(type = "REPORT_SECTION", key = "sectionNumber", parent = "report",
        recorded = {"sectionNumber", "body"})
@Table(name = "report_section")
public class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    AnnualReport report;

    @Column(name = "section_number", nullable = false)
    int sectionNumber;

    @Lob
    @Column(name = "body", nullable = false)
    String body;
}
