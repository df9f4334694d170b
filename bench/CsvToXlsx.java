import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Turns the benchmark's CSV (no quoted fields) into an XLSX workbook with the same rows, streaming (SXSSF): a title
 * row above the header as offices have, dates as date cells, text as inline strings. Usage (class path: the
 * service's libraries): java -cp 'target/quarkus-app/lib/main/*' bench/CsvToXlsx.java ledger.csv ledger.xlsx
 */
public class CsvToXlsx {

    public static void main(String[] args) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                SXSSFWorkbook workbook = new SXSSFWorkbook(500);
                OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("依申请公开台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("基准区依申请公开政府信息台账");
            int next = 1;
            String line;
            while ((line = in.readLine()) != null) {
                Row row = sheet.createRow(next);
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].isEmpty()) {
                        continue;
                    }
                    if (next > 1 && (i == 2 || i == 9)) {
                        row.createCell(i).setCellValue(LocalDate.parse(cells[i]));
                        row.getCell(i).setCellStyle(date);
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
                next++;
            }
            workbook.write(out);
        }
    }
}
