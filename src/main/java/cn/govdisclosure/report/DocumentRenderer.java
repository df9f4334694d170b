package cn.govdisclosure.report;

/**
 * Renders a report as one of the documents it is published as. The rendering package provides it, so that the
 * report endpoints can offer documents without this package knowing how they are made.
 */
public interface DocumentRenderer {

    /** The report (a working copy or a published revision, as given) in this format. */
    RenderedDocument render(ReportView report, DocumentFormat format);
}
