package cn.govdisclosure.statistics;

import java.util.List;

import cn.govdisclosure.ledger.ApplicantType;

/** The columns of table 三: the six applicant types in template order, then the total. */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANIZATION("其他"),
    TOTAL("总计");

    public static final List<ApplicantColumn> ALL = List.of(values());

    private final String label;

    ApplicantColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ApplicantColumn of(ApplicantType type) {
        return valueOf(type.name());
    }
}
