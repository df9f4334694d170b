package cn.govdisclosure.agency;

import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Message;

/**
 * What other features need to know of an agency: its identity, name, kind, place in the tree and, for an agency
 * pulled from another instance, the federation source it comes from (null for an agency of this instance).
 */
public record AgencyRef(long id, String code, String name, AgencyKind kind, String treePath, String federatedFrom) {

    static AgencyRef of(Agency agency) {
        return new AgencyRef(agency.id, agency.code, agency.name, agency.kind, agency.treePath, agency.federatedFrom);
    }

    /** Whether the agency was pulled from a federation source. */
    public boolean federated() {
        return federatedFrom != null;
    }

    /** Refuses a change of a federated agency's records here: they are kept at its source. */
    public void requireLocal() {
        if (federated()) {
            throw new Conflict(Message.of("detail.agency-federated", code, federatedFrom));
        }
    }
}
