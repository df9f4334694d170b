package cn.govdisclosure.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit trail records of each entity: the type and identifier under which an entry is found (the
 * identifier the API uses, such as a tracking number or a report id, prefixed by the parent's for a part such as a
 * report section), which properties are left out, and which are personal data whose values are never recorded.
 * Entities not named here are recorded too, under their class name in UPPER_SNAKE and their id.
 */
final class AuditPolicy {

    /** How entries of an entity are named: its type, the properties of its key, and its parent association. */
    record Naming(String type, List<String> key, String parent) {
    }

    /** The value recorded instead of personal data. */
    static final String PERSONAL = "[personal data]";
    /** The value recorded instead of a property too large or too derived to repeat (a frozen document). */
    static final String NOT_RECORDED = "[not recorded]";

    private static final Map<String, Naming> NAMING = Map.of(
            "cn.govdisclosure.agency.Agency", new Naming("AGENCY", List.of("code"), null),
            "cn.govdisclosure.ledger.DisclosureApplication", new Naming("APPLICATION", List.of("trackingNumber"), null),
            "cn.govdisclosure.ledger.ApplicationEvent", new Naming("APPLICATION_EVENT", List.of("id"), "application"),
            "cn.govdisclosure.ledger.Appeal", new Naming("APPEAL", List.of("id"), null),
            "cn.govdisclosure.report.AnnualReport", new Naming("REPORT", List.of("id"), null),
            "cn.govdisclosure.report.ReportSection", new Naming("REPORT_SECTION", List.of("sectionNumber"), "report"),
            "cn.govdisclosure.report.ProactiveCell", new Naming("PROACTIVE_CELL", List.of("rowCode", "columnCode"), "report"),
            "cn.govdisclosure.report.ReportedValue",
            new Naming("REPORTED_VALUE", List.of("tableCode", "rowCode", "columnCode"), "report"),
            "cn.govdisclosure.report.ReportRevision", new Naming("REPORT_REVISION", List.of("revision"), "report"));

    /** Logs of their own, not audited. */
    private static final Set<String> NOT_AUDITED = Set.of("cn.govdisclosure.access.PersonalDataAccess",
            "cn.govdisclosure.audit.AuditEntry",
            // a ledger import's bookkeeping (state, lease, progress): the finished job is one IMPORT entry instead
            "cn.govdisclosure.transfer.LedgerImport");

    /**
     * Bookkeeping properties whose changes say nothing (the entry has its own time), and derived state
     * recomputed from what is audited: an application's deadline follows its timeline and the calendar.
     */
    private static final Set<String> SKIPPED = Set.of("version", "updatedAt", "deadlineStatus", "dueDate",
            "workingDaysUsed", "workingDaysAllowed", "concludedOnTime");

    /** Properties whose value is not repeated in the trail. */
    private static final Set<String> WITHHELD = Set.of("snapshot");

    private AuditPolicy() {
    }

    static boolean audited(String entityName) {
        return !NOT_AUDITED.contains(entityName);
    }

    static Naming naming(String entityName) {
        Naming naming = NAMING.get(entityName);
        if (naming != null) {
            return naming;
        }
        String simple = entityName.substring(entityName.lastIndexOf('.') + 1);
        return new Naming(simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(), List.of("id"), null);
    }

    static boolean skipped(String property) {
        return SKIPPED.contains(property);
    }

    static boolean withheld(String property) {
        return WITHHELD.contains(property);
    }

    /**
     * Whether a property holds personal data: the applicant's name, identity number, phone, e-mail, address — every
     * {@code applicant…} property except the applicant type.
     */
    static boolean personal(String property) {
        return property.startsWith("applicant") && !property.equals("applicantType");
    }
}
