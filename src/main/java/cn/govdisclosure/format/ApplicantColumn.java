package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of table 三: the six applicant types in template order, then the total. */
public enum ApplicantColumn {
    NATURAL_PERSON(ApplicantType.NATURAL_PERSON),
    COMMERCIAL_ENTERPRISE(ApplicantType.COMMERCIAL_ENTERPRISE),
    RESEARCH_INSTITUTION(ApplicantType.RESEARCH_INSTITUTION),
    SOCIAL_WELFARE_ORGANIZATION(ApplicantType.SOCIAL_WELFARE_ORGANIZATION),
    LEGAL_SERVICE_INSTITUTION(ApplicantType.LEGAL_SERVICE_INSTITUTION),
    OTHER_ORGANIZATION(ApplicantType.OTHER_ORGANIZATION),
    TOTAL(null);

    public static final List<ApplicantColumn> ALL = List.of(values());

    /** The heading over all applicant columns. */
    public static final String APPLICANTS_HEADING = "申请人情况";
    /** The heading over the five organisation columns (商业企业 … 其他). */
    public static final String ORGANIZATIONS_HEADING = "法人或其他组织";
    /** {@link #ORGANIZATIONS_HEADING} in English, for code lists. */
    public static final String ORGANIZATIONS_HEADING_EN = "Legal persons or other organisations";

    private static final String TOTAL_LABEL = "总计";

    private final ApplicantType type;

    ApplicantColumn(ApplicantType type) {
        this.type = type;
    }

    public String label() {
        return type == null ? TOTAL_LABEL : type.label();
    }

    /** The column's heading in English, for code lists: the type's name, Other for 其他, Total. */
    public String en() {
        if (type == null) {
            return "Total";
        }
        return type == ApplicantType.OTHER_ORGANIZATION ? "Other" : type.en();
    }

    /** The applicant type of the column; empty for the total. */
    public Optional<ApplicantType> type() {
        return Optional.ofNullable(type);
    }

    public static ApplicantColumn of(ApplicantType type) {
        return valueOf(type.name());
    }

    /** The column whose heading the printed text is (合计 for the total, as some reports print it). */
    public static Optional<ApplicantColumn> byLabel(String printed) {
        String key = PrintedLabels.key(printed);
        if (key.equals(TOTAL_LABEL) || key.equals("合计")) {
            return Optional.of(TOTAL);
        }
        return ApplicantType.byLabel(printed).map(ApplicantColumn::of);
    }

    /** The columns in template order with their labels, for the ones who lay the table out. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ApplicantColumn::label).toList();
    }
}
