package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The applicant columns of table 三, in template order, with the labels the template prints. */
public enum ApplicantType {
    NATURAL_PERSON("自然人", "公民", "个人"),
    COMMERCIAL_ENTERPRISE("商业企业", "企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("社会公益组织", "公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANIZATION("其他", "其他组织", "其他法人或其他组织");

    private final String label;
    private final List<String> variants;

    ApplicantType(String label, String... variants) {
        this.label = label;
        this.variants = List.of(variants);
    }

    /** The template's column heading. */
    public String label() {
        return label;
    }

    /**
     * The type's name where the template's heading 法人或其他组织 is not printed above it, as a ledger or a list of
     * applicant types names it: 其他组织 for the column the template heads 其他, the column heading otherwise.
     */
    public String standaloneLabel() {
        return this == OTHER_ORGANIZATION ? variants.get(0) : label;
    }

    /** Whether the template prints the type under the heading 法人或其他组织 (every type but 自然人). */
    public boolean isOrganization() {
        return this != NATURAL_PERSON;
    }

    /** The type's name in English, for code lists. */
    public String en() {
        return switch (this) {
            case NATURAL_PERSON -> "Natural person";
            case COMMERCIAL_ENTERPRISE -> "Commercial enterprise";
            case RESEARCH_INSTITUTION -> "Research institution";
            case SOCIAL_WELFARE_ORGANIZATION -> "Social welfare organisation";
            case LEGAL_SERVICE_INSTITUTION -> "Legal service institution";
            case OTHER_ORGANIZATION -> "Other organisation";
        };
    }

    /** Other names under which published reports and ledgers print this column or value. */
    public List<String> variants() {
        return variants;
    }

    /** The type whose label or variant the printed text is, ignoring spacing and full-width forms. */
    public static Optional<ApplicantType> byLabel(String printed) {
        String key = PrintedLabels.withoutNumbering(PrintedLabels.key(printed));
        return Arrays.stream(values())
                .filter(type -> PrintedLabels.key(type.label).equals(key)
                        || type.variants.stream().anyMatch(variant -> PrintedLabels.key(variant).equals(key)))
                .findFirst();
    }
}
