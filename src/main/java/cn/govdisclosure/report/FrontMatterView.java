package cn.govdisclosure.report;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a report prints around its six sections: its own opening paragraph (the legal basis, the period covered,
 * where the electronic version is published, whom to ask: address, postcode, phone) and the closing, the issuing
 * agency's name and the date. Every rendering prints these, never a text of its own.
 */
@Schema(name = "FrontMatter")
public record FrontMatterView(
        @Schema(description = "The opening paragraph(s) before section 一; by default the standard wording naming the "
                + "agency, the year and the period covered") String opening,
        @Schema(description = "The issuing agency's name printed at the end; by default the agency's name; null in "
                + "revisions published before it was recorded, which print no closing") String issuer,
        @Schema(description = "The date printed under the issuer's name; null until set or published (publishing "
                + "prints the publication date)") LocalDate issueDate) {

    /** The standard opening paragraph, naming the agency, the year and the period covered. */
    public static String defaultOpening(String agencyName, int year) {
        return "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布" + agencyName + " " + year
                + " 年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、"
                + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项等六个部分组成，起止时间为 "
                + year + " 年 1 月 1 日至 " + year + " 年 12 月 31 日。";
    }
}
