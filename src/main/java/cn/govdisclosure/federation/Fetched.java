package cn.govdisclosure.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.report.FederatedRevision;
import cn.govdisclosure.statistics.AnnualTables;

/**
 * Everything a pull fetched that changed at the source, held in memory until it is applied in one transaction:
 * agencies parents first, the codes of the source's whole tree, the new published revisions by agency, the bulk
 * statistics by year and agency (only those changed since the last pull), and the entity tags and {@code updatedSince}
 * instants to send next time.
 */
final class Fetched {

    /** An agency as the source gave it, with the code of its parent here. */
    record AgencyNode(String code, String name, AgencyKind kind, String parentCode) {
    }

    final List<AgencyNode> agencies = new ArrayList<>();
    final Map<String, List<FederatedRevision>> revisions = new LinkedHashMap<>();
    final Map<Integer, Map<String, AnnualTables>> statistics = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    /** The codes of every agency of the source's tree now: those pulled before and not among them are withdrawn. */
    final java.util.Set<String> provided = new java.util.LinkedHashSet<>();
}
