package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The six sections every report has, with their official headings (the same in both formats). */
public enum SectionHeading {
    OVERVIEW(1, "一、总体情况"),
    PROACTIVE_DISCLOSURE(2, "二、主动公开政府信息情况", "二、主动公开政府信息的情况"),
    APPLICATIONS(3, "三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请的情况"),
    APPEALS(4, "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议和行政诉讼情况",
            "四、因政府信息公开申请提起行政复议、行政诉讼的情况"),
    PROBLEMS_AND_IMPROVEMENTS(5, "五、存在的主要问题及改进情况", "五、存在的主要问题及改进措施",
            "五、政府信息公开工作存在的主要问题及改进情况"),
    OTHER_MATTERS(6, "六、其他需要报告的事项");

    private final int number;
    private final String heading;
    private final List<String> variants;

    SectionHeading(int number, String heading, String... variants) {
        this.number = number;
        this.heading = heading;
        this.variants = List.of(variants);
    }

    public int number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    /** The heading in English, for code lists: section 二 Proactive disclosure … */
    public String en() {
        return switch (this) {
            case OVERVIEW -> "Overview";
            case PROACTIVE_DISCLOSURE -> "Proactive disclosure";
            case APPLICATIONS -> "Applications received and handled";
            case APPEALS -> "Administrative review and litigation";
            case PROBLEMS_AND_IMPROVEMENTS -> "Main problems and improvements";
            case OTHER_MATTERS -> "Other matters to report";
        };
    }

    /** Other wordings of the heading that published reports print. */
    public List<String> variants() {
        return variants;
    }

    /** Sections 二, 三 and 四 are tables; their text, if any, is an introduction to the table. */
    public boolean hasTable() {
        return number >= 2 && number <= 4;
    }

    public static Optional<SectionHeading> of(int number) {
        return Arrays.stream(values()).filter(section -> section.number == number).findFirst();
    }

    /** The section whose heading (or a variant of it) the printed text is, ignoring spacing and full-width forms. */
    public static Optional<SectionHeading> byHeading(String printed) {
        String key = PrintedLabels.key(printed);
        return Arrays.stream(values())
                .filter(section -> Stream.concat(Stream.of(section.heading), section.variants.stream())
                        .anyMatch(heading -> PrintedLabels.key(heading).equals(key)))
                .findFirst();
    }
}
