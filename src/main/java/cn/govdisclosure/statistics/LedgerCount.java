package cn.govdisclosure.statistics;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * One group of the aggregation: applications of one applicant type and outcome ({@code null} when
 * open), counted by how they fall into the report year.
 */
public record LedgerCount(ApplicantType applicantType, Outcome outcome, long newReceived, long carriedOver,
        long concluded, long carriedForward) {
}
