package cn.govdisclosure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;

/**
 * A report as a Word document (Apache POI XWPF), typeset as offices print the attachment after GB/T 9704: A4
 * portrait with the standard margins, the title in 小标宋 二号, headings in 黑体 and the text in 仿宋_GB2312 三号 at a
 * fixed 28 pt line, sub-headings in 楷体, tables in 宋体 五号 with the template's merged header cells as real merged
 * cells (gridSpan, vMerge), header rows repeated on every page and figures right-aligned, and the page number
 * centred in the footer as {@code - 1 -}. Word, WPS and LibreOffice use the named faces where installed and
 * substitute the system's Chinese fonts otherwise.
 */
public final class DocxReportRenderer {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String TABLE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    /** Font sizes of the Chinese scale, in points: 二号, 三号, 四号, 五号. */
    private static final double SIZE_2 = 22;
    private static final double SIZE_3 = 16;
    private static final double SIZE_4 = 14;
    private static final double SIZE_5 = 10.5;

    /** A4 and the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Two characters of 三号, the first-line indent of every paragraph. */
    private static final int INDENT = 640;

    public byte[] render(ReportView report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            page(document);
            pageNumbers(document);
            DocumentState.marker(report).ifPresent(marker -> marker(document, marker));
            title(document, report);
            for (String paragraph : ReportText.paragraphs(ReportText.opening(report))) {
                body(document, paragraph, false);
            }
            for (SectionView section : report.sections()) {
                XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT, INDENT);
                heading.setKeepNext(true);
                run(heading, section.heading(), HEADING_FONT, SIZE_3, false);
                for (String paragraph : ReportText.paragraphs(section.text())) {
                    body(document, paragraph, ReportText.isSubheading(paragraph));
                }
                TemplateTables.of(report, section.number()).ifPresent(grid -> table(document, grid));
            }
            closing(document, report);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** {@code - 1 -} centred in the footer of every page: the number is a PAGE field, the dashes are text. */
    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, "- ", TABLE_FONT, SIZE_4, false);
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        XWPFRun number = new XWPFRun(field.addNewR(), paragraph);
        style(number, TABLE_FONT, SIZE_4, false);
        number.setText("1");
        run(paragraph, " -", TABLE_FONT, SIZE_4, false);
    }

    /** The draft's 草稿 as a watermark across every page, and its full wording at the top of the first. */
    private static void marker(XWPFDocument document, DocumentState.Marker marker) {
        if (marker.draft()) {
            new XWPFHeaderFooterPolicy(document).createWatermark(DocumentState.DRAFT);
        }
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.RIGHT, 0);
        run(paragraph, marker.text(), HEADING_FONT, SIZE_4, false).setColor(marker.draft() ? "C00000" : "000000");
    }

    private static void title(XWPFDocument document, ReportView report) {
        XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 0);
        title.setSpacingAfter(560);
        title.setSpacingBetween(1.25, LineSpacingRule.AUTO);
        List<String> parts = ReportText.titleParts(report);
        for (int i = 0; i < parts.size(); i++) {
            XWPFRun run = run(title, parts.get(i), TITLE_FONT, SIZE_2, false);
            if (i + 1 < parts.size()) {
                run.addBreak();
            }
        }
    }

    private static void body(XWPFDocument document, String text, boolean subheading) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, INDENT);
        if (subheading) {
            paragraph.setKeepNext(true);
        }
        run(paragraph, text, subheading ? SUBHEADING_FONT : BODY_FONT, SIZE_3, subheading);
    }

    /** The agency's name and the date, right-aligned below the text with four characters' space to the right. */
    private static void closing(XWPFDocument document, ReportView report) {
        List<String> lines = ReportText.closing(report);
        if (lines.isEmpty()) {
            return;
        }
        XWPFParagraph gap = paragraph(document, ParagraphAlignment.RIGHT, 0);
        run(gap, "", BODY_FONT, SIZE_3, false);
        for (String line : lines) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.RIGHT, 0);
            paragraph.setIndentationRight(4 * INDENT / 2);
            paragraph.setKeepNext(true);
            run(paragraph, line, BODY_FONT, SIZE_3, false);
        }
    }

    /** A paragraph of the text: a fixed 28 pt line, no space between paragraphs. */
    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int firstLine) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        if (firstLine > 0) {
            paragraph.setIndentationFirstLine(firstLine);
        }
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        style(run, font, size, bold);
        run.setText(text);
        return run;
    }

    private static void style(XWPFRun run, String font, double size, boolean bold) {
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }

    /**
     * A template table: one Word cell per slot that starts a merged cell, spanning its columns (gridSpan), and for
     * a cell spanning rows a continuation cell (vMerge) in each row below; header rows repeat on every page and no
     * row breaks across pages.
     */
    private static void table(XWPFDocument document, Grid grid) {
        XWPFTable table = document.createTable();
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        int[] widths = widths(grid);
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        Grid.Placed[][] owner = owners(grid);
        int headerRows = grid.header().size();
        for (int r = 0; r < owner.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            row.setCantSplitRow(true);
            row.setHeight(400);
            row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule.AT_LEAST);
            if (r < headerRows) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            while (c < grid.columns()) {
                Grid.Placed placed = owner[r][c];
                Grid.Cell cell = placed.cell();
                XWPFTableCell tableCell = row.createCell();
                CTTcPr tc = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr()
                        : tableCell.getCTTc().addNewTcPr();
                int width = 0;
                for (int i = c; i < c + cell.colspan(); i++) {
                    width += widths[i];
                }
                tc.addNewTcW().setW(BigInteger.valueOf(width));
                tc.getTcW().setType(STTblWidth.DXA);
                if (cell.colspan() > 1) {
                    tc.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                if (cell.rowspan() > 1) {
                    tc.addNewVMerge().setVal(placed.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                tc.addNewVAlign().setVal(STVerticalJc.CENTER);
                fill(tableCell, placed.row() == r ? cell : null);
                c += cell.colspan();
            }
        }
        table.removeRow(owner.length);
        // a blank line after the table, as between the paragraphs of the text
        paragraph(document, ParagraphAlignment.LEFT, 0);
    }

    private static void fill(XWPFTableCell tableCell, Grid.Cell cell) {
        XWPFParagraph paragraph = tableCell.getParagraphs().get(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        paragraph.setSpacingAfter(0);
        if (cell == null) {
            return;
        }
        paragraph.setAlignment(switch (cell.role()) {
            case NUMBER -> ParagraphAlignment.RIGHT;
            case LABEL, GROUP, NOTE -> ParagraphAlignment.LEFT;
            case HEADING -> ParagraphAlignment.CENTER;
        });
        run(paragraph, cell.text(), TABLE_FONT, cell.role() == Grid.Role.NOTE ? 9 : SIZE_5,
                cell.role() == Grid.Role.GROUP);
    }

    /** For each slot of the grid, the cell that covers it. */
    private static Grid.Placed[][] owners(Grid grid) {
        Grid.Placed[][] owner = new Grid.Placed[grid.rows().size()][grid.columns()];
        for (Grid.Placed placed : grid.placed()) {
            for (int dr = 0; dr < placed.cell().rowspan(); dr++) {
                for (int dc = 0; dc < placed.cell().colspan(); dc++) {
                    owner[placed.row() + dr][placed.column() + dc] = placed;
                }
            }
        }
        return owner;
    }

    /** Column widths in twentieths of a point: the label columns wide, the figure columns equal. */
    private static int[] widths(Grid grid) {
        double[] shares = switch (grid.id()) {
            case "proactive-disclosure" -> new double[] {31, 23, 23, 23};
            case "applications" -> new double[] {9, 13, 30, 7, 7, 7, 7, 7, 6.5, 6.5};
            default -> null;
        };
        int[] widths = new int[grid.columns()];
        double total = 0;
        for (int i = 0; i < widths.length; i++) {
            total += shares == null ? 1 : shares[i];
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.floor(TEXT_WIDTH * (shares == null ? 1 : shares[i]) / total);
        }
        return widths;
    }
}
