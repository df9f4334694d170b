package cn.govdisclosure.report;

import java.util.Arrays;
import java.util.Optional;

/** The six sections every report has, with their official headings (the same in both formats). */
public enum SectionHeading {
    OVERVIEW(1, "一、总体情况"),
    PROACTIVE_DISCLOSURE(2, "二、主动公开政府信息情况"),
    APPLICATIONS(3, "三、收到和处理政府信息公开申请情况"),
    APPEALS(4, "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS_AND_IMPROVEMENTS(5, "五、存在的主要问题及改进情况"),
    OTHER_MATTERS(6, "六、其他需要报告的事项");

    private final int number;
    private final String heading;

    SectionHeading(int number, String heading) {
        this.number = number;
        this.heading = heading;
    }

    public int number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    /** Sections 二, 三 and 四 are tables; their text, if any, is an introduction to the table. */
    public boolean hasTable() {
        return number >= 2 && number <= 4;
    }

    public static Optional<SectionHeading> of(int number) {
        return Arrays.stream(values()).filter(section -> section.number == number).findFirst();
    }
}
