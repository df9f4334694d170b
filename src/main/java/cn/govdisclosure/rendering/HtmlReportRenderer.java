package cn.govdisclosure.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;

/**
 * A report as one standalone HTML page, ready to post or print on A4: the title, the standard opening
 * paragraph, the six sections, and the three tables with the template's merged headers. The DOM is built
 * with jsoup, so every text from users is escaped; the style sheet is {@code rendering/report.css}.
 */
public final class HtmlReportRenderer {

    private static final String CSS = resource("rendering/report.css");

    public String render(ReportView report) {
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
        Element title = main.appendElement("h1");
        // the title breaks, if it must, between the agency's name and the rest, never inside a word
        String name = report.agencyName();
        if (report.title().startsWith(name) && report.title().length() > name.length()) {
            title.appendElement("span").addClass("part").text(name);
            title.appendElement("span").addClass("part").text(report.title().substring(name.length()));
        } else {
            title.text(report.title());
        }
        main.appendElement("p").addClass("opening").text(ReportText.opening(report));
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
        return document.outerHtml() + "\n";
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

    private static String resource(String name) {
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
