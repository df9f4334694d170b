package cn.govdisclosure.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;

/**
 * A report as one standalone HTML page, ready to post or print on A4: a draft's 草稿 watermark and banner (or a
 * correction's notice), the title, the report's own opening, the six sections, the three tables with the
 * template's merged headers, and the closing (issuer and date), kept on the page of the last lines of the text.
 * The DOM is built with jsoup, so every text from users is escaped; the style sheet is
 * {@code rendering/report.css}.
 */
public final class HtmlReportRenderer {

    private static final String CSS = resource("rendering/report.css");

    public String render(ReportView report) {
        return document(report).outerHtml() + "\n";
    }

    /** The page as a DOM, which the PDF lays out on A4 with a style sheet of its own added. */
    Document document(ReportView report) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1).outline(false);
        document.prependChild(new DocumentType("html", "", ""));
        Element html = document.child(0);
        html.attr("lang", "zh-CN");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(report.title());
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element main = document.body().appendElement("main").addClass("report");
        DocumentState.marker(report).ifPresent(marker -> {
            if (marker.draft()) {
                document.body().prependElement("div").addClass("watermark").attr("aria-hidden", "true")
                        .text(DocumentState.DRAFT);
            }
            main.appendElement("p").addClass("marker").addClass(marker.draft() ? "draft" : "correction")
                    .text(marker.text());
        });
        Element title = main.appendElement("h1");
        // the title breaks, if it must, between the agency's name and the rest, never inside a word
        List<String> parts = ReportText.titleParts(report);
        if (parts.size() > 1) {
            parts.forEach(part -> title.appendElement("span").addClass("part").text(part));
        } else {
            title.text(report.title());
        }
        for (String paragraph : ReportText.paragraphs(ReportText.opening(report))) {
            main.appendElement("p").addClass("opening").text(paragraph);
        }
        for (SectionView section : report.sections()) {
            Element element = main.appendElement("section").attr("id", "section-" + section.number());
            element.appendElement("h2").text(section.heading());
            for (String paragraph : ReportText.paragraphs(section.text())) {
                Element p = element.appendElement("p").text(paragraph);
                if (ReportText.isSubheading(paragraph)) {
                    p.addClass("subheading");
                }
            }
            switch (section.number()) {
                case 2 -> table(element, TemplateTables.proactiveDisclosure(report.proactiveDisclosure()));
                case 3 -> table(element, TemplateTables.applications(report.format(), report.applications()));
                case 4 -> table(element, TemplateTables.appeals(report.appeals()));
                default -> {
                }
            }
        }
        List<String> closing = ReportText.closing(report);
        if (!closing.isEmpty()) {
            Element signature = ending(main).appendElement("div").addClass("closing");
            closing.forEach(line -> signature.appendElement("p").text(line));
        }
        return document;
    }

    /**
     * Where the closing goes: with the last paragraph (or heading) of the last section in one block that is not
     * broken across pages, so that the agency's name and the date are never left alone on a page of their own.
     */
    private static Element ending(Element main) {
        Element last = main.children().last();
        Element end = last == null || !last.tagName().equals("section") ? null : last.children().last();
        if (end == null || !(end.tagName().equals("p") || end.tagName().equals("h2"))) {
            return main;
        }
        Element block = new Element("div").addClass("ending");
        end.replaceWith(block);
        block.appendChild(end);
        return block;
    }

    private static void table(Element parent, Grid grid) {
        Element table = parent.appendElement("table").attr("id", grid.id()).addClass("template").addClass(grid.id());
        Element columns = table.appendElement("colgroup");
        for (int i = 0; i < grid.columns(); i++) {
            columns.appendElement("col").addClass("c" + (i + 1));
        }
        if (!grid.header().isEmpty()) {
            rows(table.appendElement("thead"), grid.header());
        }
        // a part headed by a group row (an item of article 20) is a body of its own, kept on one page
        java.util.List<java.util.List<Grid.Cell>> part = new java.util.ArrayList<>();
        for (var row : grid.body()) {
            if (!part.isEmpty() && row.get(0).role() == Grid.Role.GROUP) {
                rows(table.appendElement("tbody"), part);
                part = new java.util.ArrayList<>();
            }
            part.add(row);
        }
        rows(table.appendElement("tbody"), part);
    }

    private static void rows(Element section, java.util.List<java.util.List<Grid.Cell>> rows) {
        for (var row : rows) {
            Element tr = section.appendElement("tr");
            for (Grid.Cell cell : row) {
                boolean heading = cell.role() == Grid.Role.HEADING || cell.role() == Grid.Role.NOTE
                        || cell.role() == Grid.Role.GROUP;
                Element element = tr.appendElement(heading ? "th" : "td").text(cell.text());
                element.addClass(switch (cell.role()) {
                    case GROUP -> "group";
                    case HEADING -> "heading";
                    case NOTE -> "note";
                    case LABEL -> "label";
                    case NUMBER -> "num";
                });
                if (cell.rowspan() > 1) {
                    element.attr("rowspan", Integer.toString(cell.rowspan()));
                }
                if (cell.colspan() > 1) {
                    element.attr("colspan", Integer.toString(cell.colspan()));
                }
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = HtmlReportRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
