package cn.govdisclosure.rendering;

import java.time.LocalDate;
import java.util.Optional;

import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportView;

/**
 * The state a rendered report shows of itself, so that nobody takes a draft for the published report: a report not
 * yet published is marked 草稿 (with where it stands in the workflow); a published revision that corrects an earlier
 * one says 更正, which revision it is and when it was published. The first published edition carries no marker.
 */
final class DocumentState {

    /** The word every rendering of an unpublished report shows. */
    static final String DRAFT = "草稿";

    private DocumentState() {
    }

    /** The marker's wording, and whether it marks a draft (shown as a watermark where the format has one). */
    record Marker(String text, boolean draft) {
    }

    static Optional<Marker> marker(ReportView report) {
        if (report.status() != ReportStatus.PUBLISHED) {
            String stage = switch (report.status()) {
                case SUBMITTED -> "（已提交，待发布）";
                case RETURNED -> "（已退回修改）";
                default -> "";
            };
            String correction = report.revision() > 1 ? "　第 " + report.revision() + " 版（更正稿）" : "";
            return Optional.of(new Marker(DRAFT + stage + correction, true));
        }
        if (report.revision() > 1) {
            return Optional.of(new Marker("更正　第 " + report.revision() + " 版，" + date(report.publishedDate())
                    + "发布", false));
        }
        return Optional.empty();
    }

    /** A date as documents print it: 2021年3月1日. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
