package cn.govdisclosure.agency;

/** What kind of disclosing agency this is; it decides, among other things, the report's deadline. */
public enum AgencyKind {
    GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER
}
