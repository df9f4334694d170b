package cn.govdisclosure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
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
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
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
    /** The smallest size a long figure is set in to fit its cell. */
    private static final double MIN_FIGURE_SIZE = 7;
    /** The space either side of a table cell's text: 1 mm. */
    private static final int CELL_MARGIN = 57;
    /** A merged label over at most this many rows is kept on one page with them. */
    private static final int KEPT_ROWSPAN = 8;
    /** The draft watermark's width in points (its height is half) and its light tint, as in the PDF. */
    private static final int WATERMARK_WIDTH = 360;
    private static final String WATERMARK_COLOR = "#F2D0D0";
    /** Turned 30° anticlockwise, as in HTML and the PDF (VML turns clockwise, in degrees). */
    private static final int WATERMARK_ROTATION = 330;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The Chinese faces: name, the Windows face an office suite may take in its place, the family. */
    private static final String[][] FONTS = {{TITLE_FONT, "宋体", "roman"}, {HEADING_FONT, "SimHei", "modern"},
        {BODY_FONT, "仿宋", "modern"}, {SUBHEADING_FONT, "楷体", "modern"}, {TABLE_FONT, "SimSun", "auto"}};

    public byte[] render(ReportView report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            defaults(document);
            fontTable(document);
            page(document);
            pageNumbers(document);
            DocumentState.marker(report).ifPresent(marker -> marker(document, marker));
            title(document, report);
            for (String paragraph : ReportText.paragraphs(ReportText.opening(report))) {
                body(document, paragraph, false);
            }
            XWPFParagraph last = null;
            for (SectionView section : report.sections()) {
                XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT, INDENT);
                heading.setKeepNext(true);
                run(heading, section.heading(), HEADING_FONT, SIZE_3, false);
                last = heading;
                for (String paragraph : ReportText.paragraphs(section.text())) {
                    last = body(document, paragraph, ReportText.isSubheading(paragraph));
                }
                last = TemplateTables.of(report, section.number()).map(grid -> table(document, grid)).orElse(last);
            }
            closing(document, report, last);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's defaults: Chinese (zh-CN) as the language of East Asian text, so that an office suite lays
     * it out, breaks its lines and picks its fallback glyphs as Chinese, and widow and orphan control.
     */
    private static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTLanguage language = defaults.addNewRPrDefault().addNewRPr().addNewLang();
        language.setVal("en-US");
        language.setEastAsia("zh-CN");
        defaults.addNewPPrDefault().addNewPPr().addNewWidowControl();
        document.createStyles().setStyles(styles);
    }

    /**
     * The font table: each Chinese face named with the face of every Windows installation that an office suite
     * may take in its place where it is missing (仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312, 宋体 for 方正小标宋简体),
     * and the GB2312 character set.
     */
    private static void fontTable(XWPFDocument document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"" + W + "\">");
        for (String[] font : FONTS) {
            xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font[2])
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"").append(LATIN_FONT).append("\"><w:charset w:val=\"00\"/>")
                .append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = document.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the font table could not be written", e);
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
            watermark(document);
        }
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.RIGHT, 0);
        run(paragraph, marker.text(), HEADING_FONT, SIZE_4, false).setColor(marker.draft() ? "C00000" : "000000");
    }

    /**
     * 草稿 across the middle of every page, turned 30°, in a light tint behind the text (as the PDF draws it): a
     * VML text shape in the page header, as Word's own watermarks are.
     */
    private static void watermark(XWPFDocument document) {
        XWPFParagraph paragraph = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        // the paragraph's content, as XMLBeans parses it into an element: its children inside an xml-fragment
        String xml = "<xml-fragment xmlns:w=\"" + W + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:r><w:rPr><w:noProof/></w:rPr><w:pict>"
                + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\""
                + " path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas><v:f eqn=\"sum #0 0 10800\"/>"
                + "<v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>"
                + "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/>"
                + "<v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/>"
                + "<v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/>"
                + "<v:f eqn=\"sum @6 0 @5\"/></v:formulas><v:path textpathok=\"t\" o:connecttype=\"custom\""
                + " o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
                + "<v:textpath on=\"t\" fitshape=\"t\"/><v:handles><v:h position=\"#0,bottomRight\""
                + " xrange=\"6629,14971\"/></v:handles><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/>"
                + "</v:shapetype><v:shape id=\"DraftWatermark\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\""
                + " style=\"position:absolute;margin-left:0;margin-top:0;width:" + WATERMARK_WIDTH + "pt;height:"
                + WATERMARK_WIDTH / 2 + "pt;rotation:" + WATERMARK_ROTATION + ";z-index:-251657216;mso-position-horizontal:center;"
                + "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
                + "mso-position-vertical-relative:margin\" o:allowincell=\"f\" fillcolor=\"" + WATERMARK_COLOR
                + "\" stroked=\"f\"><v:textpath style=\"font-family:&quot;" + HEADING_FONT
                + "&quot;;font-size:1pt\" string=\"" + DocumentState.DRAFT + "\"/></v:shape></w:pict></w:r></xml-fragment>";
        try {
            paragraph.getCTP().set(CTP.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("the watermark could not be drawn", e);
        }
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

    private static XWPFParagraph body(XWPFDocument document, String text, boolean subheading) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, INDENT);
        if (subheading) {
            paragraph.setKeepNext(true);
        }
        run(paragraph, text, subheading ? SUBHEADING_FONT : BODY_FONT, SIZE_3, subheading);
        return paragraph;
    }

    /**
     * The agency's name and the date, right-aligned below the text with four characters' space to the right, on
     * the page of the last lines of the text: the last paragraph (or the blank line after a last table), the
     * blank line and the closing's lines are each kept with the next.
     */
    private static void closing(XWPFDocument document, ReportView report, XWPFParagraph last) {
        List<String> lines = ReportText.closing(report);
        if (lines.isEmpty()) {
            return;
        }
        if (last != null) {
            last.setKeepNext(true);
        }
        XWPFParagraph gap = paragraph(document, ParagraphAlignment.RIGHT, 0);
        gap.setKeepNext(true);
        run(gap, "", BODY_FONT, SIZE_3, false);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.RIGHT, 0);
            paragraph.setIndentationRight(4 * INDENT / 2);
            if (i + 1 < lines.size()) {
                paragraph.setKeepNext(true);
            }
            run(paragraph, lines.get(i), BODY_FONT, SIZE_3, false);
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
     * row breaks across pages. Rows that belong together are kept on one page (their paragraphs kept with the
     * next): the header rows with the first row of figures, a part headed by a group row such as 第二十条第（一）项
     * with its heading and rows, and the rows of a merged label such as （三）不予公开. Cells have 1 mm of space
     * either side, so that a figure of five digits fits the narrowest column on one line. Returns the blank line
     * after the table.
     */
    private static XWPFParagraph table(XWPFDocument document, Grid grid) {
        XWPFTable table = document.createTable();
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
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
        boolean[] keepWithNext = keepWithNext(grid, owner);
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
                fill(tableCell, placed.row() == r ? cell : null, width);
                if (keepWithNext[r]) {
                    tableCell.getParagraphs().get(0).setKeepNext(true);
                }
                c += cell.colspan();
            }
        }
        table.removeRow(owner.length);
        // a blank line after the table, as between the paragraphs of the text
        return paragraph(document, ParagraphAlignment.LEFT, 0);
    }

    /**
     * For each row, whether it stays on the page of the next: a header row; a row of a part headed by a group row,
     * but its last; a row whose merged label (of at most {@value #KEPT_ROWSPAN} rows) goes on into the next.
     */
    private static boolean[] keepWithNext(Grid grid, Grid.Placed[][] owner) {
        int rows = owner.length;
        boolean[] keep = new boolean[rows];
        int headerRows = grid.header().size();
        for (int r = 0; r + 1 < rows; r++) {
            boolean nextStartsPart = owner[r + 1][0].row() == r + 1 && owner[r + 1][0].cell().role() == Grid.Role.GROUP;
            boolean inPart = false;
            for (int above = r; above >= headerRows; above--) {
                if (owner[above][0].row() == above && owner[above][0].cell().role() == Grid.Role.GROUP) {
                    inPart = true;
                    break;
                }
            }
            boolean merged = false;
            for (int c = 0; c < grid.columns(); c++) {
                Grid.Placed placed = owner[r][c];
                merged |= placed == owner[r + 1][c] && placed.cell().rowspan() <= KEPT_ROWSPAN;
            }
            keep[r] = r < headerRows || (inPart && !nextStartsPart) || merged;
        }
        return keep;
    }

    private static void fill(XWPFTableCell tableCell, Grid.Cell cell, int width) {
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
        double size = switch (cell.role()) {
            case NOTE -> 9;
            case NUMBER -> figureSize(cell.text(), width - 2 * CELL_MARGIN);
            default -> SIZE_5;
        };
        run(paragraph, cell.text(), TABLE_FONT, size, cell.role() == Grid.Role.GROUP);
    }

    /**
     * The size a figure is set in: 五号, or smaller (down to {@value #MIN_FIGURE_SIZE} pt) where it would not fit
     * the cell's width (in twentieths of a point) on one line, so that no figure breaks inside: a digit is half a
     * character wide, a Chinese character (the unit 元) a whole one.
     */
    static double figureSize(String text, int width) {
        double ems = text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
        double fits = width / 20.0 / ems;
        return fits >= SIZE_5 ? SIZE_5 : Math.max(MIN_FIGURE_SIZE, Math.floor(fits * 2) / 2);
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
            // the labels of table 三's results, such as 2.其他法律行政法规禁止公开, on one line each
            case "applications" -> new double[] {8, 11, 36, 6.43, 6.43, 6.43, 6.43, 6.43, 6.43, 6.43};
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
