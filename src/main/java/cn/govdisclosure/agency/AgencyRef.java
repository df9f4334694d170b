package cn.govdisclosure.agency;

/** What other features need to know of an agency: its identity, name, kind and place in the tree. */
public record AgencyRef(long id, String code, String name, AgencyKind kind, String treePath) {

    static AgencyRef of(Agency agency) {
        return new AgencyRef(agency.id, agency.code, agency.name, agency.kind, agency.treePath);
    }
}
