package cn.govdisclosure.ledger;

/** The applicant columns of table 三, in template order. */
public enum ApplicantType {
    NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION,
    LEGAL_SERVICE_INSTITUTION, OTHER_ORGANIZATION
}
