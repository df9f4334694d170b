package cn.govdisclosure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.report.ReportView;

/**
 * A report's three tables as an Excel workbook (Apache POI): one sheet per table, headed by the report's
 * title and the section heading, with the template's merged header cells, borders, and figures stored as
 * numbers (money with its decimals; 元 shown by the number format, not typed into the cell).
 */
public final class SpreadsheetReportRenderer {

    /** The sheet names, in order: the headings of the sections that hold the tables (within Excel's 31 characters). */
    public static final String[] SHEETS = {SectionHeading.PROACTIVE_DISCLOSURE.heading(),
            SectionHeading.APPLICATIONS.heading(), SectionHeading.APPEALS.heading()};

    /** Rows above each table: the report's title and the section heading. */
    public static final int TABLE_FIRST_ROW = 2;

    public byte[] render(ReportView report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            Styles styles = new Styles(workbook);
            sheet(workbook, styles, report, SHEETS[0], TemplateTables.proactiveDisclosure(report.proactiveDisclosure()),
                    new int[] {24, 16, 16, 16});
            int[] applicationWidths = new int[10];
            applicationWidths[0] = 12;
            applicationWidths[1] = 16;
            applicationWidths[2] = 30;
            java.util.Arrays.fill(applicationWidths, 3, 10, 9);
            sheet(workbook, styles, report, SHEETS[1], TemplateTables.applications(report.format(), report.applications()),
                    applicationWidths);
            int[] appealWidths = new int[15];
            java.util.Arrays.fill(appealWidths, 7);
            sheet(workbook, styles, report, SHEETS[2], TemplateTables.appeals(report.appeals()), appealWidths);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, ReportView report, String name, Grid grid,
            int[] widths) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int last = grid.columns() - 1;
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title.createCell(0), report.title(), styles.title);
        Row heading = sheet.createRow(1);
        text(heading.createCell(0), name, styles.heading);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        int rows = grid.rows().size();
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(TABLE_FIRST_ROW + r);
            for (int c = 0; c <= last; c++) {
                row.createCell(c).setCellStyle(styles.label);
            }
        }
        for (Grid.Placed placed : grid.placed()) {
            Grid.Cell cell = placed.cell();
            int r = TABLE_FIRST_ROW + placed.row();
            Cell target = sheet.getRow(r).getCell(placed.column());
            switch (cell.role()) {
                case NUMBER -> number(target, cell, styles);
                case LABEL -> text(target, cell.text(), styles.label);
                case GROUP -> text(target, cell.text(), styles.group);
                case NOTE -> text(target, cell.text(), styles.note);
                case HEADING -> text(target, cell.text(), styles.header);
            }
            CellStyle style = target.getCellStyle();
            for (int dr = 0; dr < cell.rowspan(); dr++) {
                for (int dc = 0; dc < cell.colspan(); dc++) {
                    sheet.getRow(r + dr).getCell(placed.column() + dc).setCellStyle(style);
                }
            }
            if (cell.rowspan() > 1 || cell.colspan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r + cell.rowspan() - 1, placed.column(),
                        placed.column() + cell.colspan() - 1));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        if (!grid.header().isEmpty()) {
            sheet.createFreezePane(0, TABLE_FIRST_ROW + grid.header().size());
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(grid.columns() > 10);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void number(Cell cell, Grid.Cell figure, Styles styles) {
        Object value = figure.value();
        if (value == null) {
            cell.setBlank();
            cell.setCellStyle(styles.count);
            return;
        }
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle("元".equals(figure.unit()) ? styles.yuan : styles.decimal);
        } else {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.count);
        }
    }

    /** The workbook's cell styles; a workbook holds a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle note;
        final CellStyle group;
        final CellStyle label;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle yuan;

        Styles(XSSFWorkbook workbook) {
            Font plain = font(workbook, false, 11);
            Font bold = font(workbook, true, 11);
            title = base(workbook, font(workbook, true, 16), HorizontalAlignment.CENTER, false);
            heading = base(workbook, bold, HorizontalAlignment.LEFT, false);
            header = bordered(workbook, plain, HorizontalAlignment.CENTER);
            note = bordered(workbook, font(workbook, false, 9), HorizontalAlignment.LEFT);
            group = bordered(workbook, bold, HorizontalAlignment.LEFT);
            label = bordered(workbook, plain, HorizontalAlignment.LEFT);
            count = bordered(workbook, plain, HorizontalAlignment.CENTER);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = bordered(workbook, plain, HorizontalAlignment.CENTER);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00####"));
            yuan = bordered(workbook, plain, HorizontalAlignment.CENTER);
            yuan.setDataFormat(workbook.createDataFormat().getFormat("0.00\" 元\""));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle base(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = base(workbook, font, alignment, true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
