package cn.govdisclosure.agency;

/** Whose applications are counted: the agency alone, or the agency and all agencies below it. */
public enum Scope {
    AGENCY, SUBTREE
}
