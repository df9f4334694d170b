package cn.govdisclosure.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes ledger rows as a spreadsheet, one row at a time, holding only a few rows in memory: CSV (UTF-8 with a
 * byte order mark, RFC 4180) or an XLSX workbook (dates as date cells). The header row comes first, in
 * {@link LedgerColumn} order.
 */
public abstract sealed class LedgerSheetWriter implements AutoCloseable {

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public abstract void row(LedgerRow row) throws IOException;

    @Override
    public abstract void close() throws IOException;

    public static LedgerSheetWriter csv(OutputStream out) throws IOException {
        return new CsvWriter(out);
    }

    public static LedgerSheetWriter xlsx(OutputStream out) {
        return new XlsxWriter(out);
    }

    /** A CSV field: quoted when needed; text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip())) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static final class CsvWriter extends LedgerSheetWriter {

        private final Writer out;

        CsvWriter(OutputStream stream) throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            out.write('\uFEFF');
            line(java.util.Arrays.stream(LedgerColumn.values()).map(c -> (Object) c.header()).toList());
        }

        @Override
        public void row(LedgerRow row) throws IOException {
            line(row.cells());
        }

        private void line(List<Object> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(csvField(cells.get(i)));
            }
            out.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class XlsxWriter extends LedgerSheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final CellStyle dateStyle;
        private int next;

        XlsxWriter(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet("依申请公开台账");
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(next++);
            LedgerColumn[] columns = LedgerColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
            }
        }

        @Override
        public void row(LedgerRow row) {
            Row line = sheet.createRow(next++);
            List<Object> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof LocalDate date) {
                    Cell cell = line.createCell(i);
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value != null) {
                    line.createCell(i).setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
