package cn.govdisclosure.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.SectionHeading;

/** A section of a report: its number, official heading, whether it holds a table, and its text. */
@Schema(name = "ReportSection")
public record SectionView(int number, String heading, boolean hasTable, String text) {

    static SectionView of(ReportSection section) {
        SectionHeading heading = SectionHeading.of(section.sectionNumber).orElseThrow();
        return new SectionView(section.sectionNumber, heading.heading(), heading.hasTable(), section.body);
    }
}
