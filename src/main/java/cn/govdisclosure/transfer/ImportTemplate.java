package cn.govdisclosure.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.ledger.Channel;
import cn.govdisclosure.ledger.LedgerColumn;
import cn.govdisclosure.ledger.LedgerRow;

/**
 * The empty ledger workbook an office can fill in: the canonical headers on the first sheet, the allowed values of
 * the coded columns on the second, and drop-down lists (data validation) on the coded columns of the first
 * {@value #ROWS} rows. It is read back by the import like any office workbook.
 */
final class ImportTemplate {

    static final int ROWS = 10000;
    static final String DATA_SHEET = "依申请公开台账";
    static final String VALUES_SHEET = "可选值";

    private ImportTemplate() {
    }

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(DATA_SHEET);
            Sheet values = workbook.createSheet(VALUES_SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            LedgerColumn[] columns = LedgerColumn.values();
            Row header = data.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, (columns[i] == LedgerColumn.SUBJECT ? 40 : 16) * 256);
                if (columns[i] == LedgerColumn.RECEIVED_DATE || columns[i] == LedgerColumn.CONCLUDED_DATE) {
                    data.setDefaultColumnStyle(i, date);
                }
            }
            data.createFreezePane(0, 1);

            List<List<String>> lists = List.of(
                    Arrays.stream(Channel.values()).map(Channel::label).toList(),
                    Arrays.stream(ApplicantType.values()).map(ApplicantType::label).toList(),
                    Arrays.stream(Outcome.values()).map(LedgerRow::printed).toList());
            List<LedgerColumn> coded = List.of(LedgerColumn.CHANNEL, LedgerColumn.APPLICANT_TYPE, LedgerColumn.OUTCOME);
            Row names = values.createRow(0);
            for (int list = 0; list < lists.size(); list++) {
                names.createCell(list).setCellValue(coded.get(list).header());
                names.getCell(list).setCellStyle(bold);
                values.setColumnWidth(list, 40 * 256);
                for (int i = 0; i < lists.get(list).size(); i++) {
                    Row row = values.getRow(i + 1) == null ? values.createRow(i + 1) : values.getRow(i + 1);
                    row.createCell(list).setCellValue(lists.get(list).get(i));
                }
            }
            DataValidationHelper helper = data.getDataValidationHelper();
            for (int list = 0; list < lists.size(); list++) {
                char letter = (char) ('A' + list);
                DataValidationConstraint constraint = helper.createFormulaListConstraint("'" + VALUES_SHEET + "'!$"
                        + letter + "$2:$" + letter + "$" + (lists.get(list).size() + 1));
                int column = coded.get(list).ordinal();
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(1, ROWS, column, column));
                validation.setShowErrorBox(true);
                validation.createErrorBox("无效的值", "请从下拉列表中选择（见“" + VALUES_SHEET + "”工作表）");
                data.addValidationData(validation);
            }
            workbook.write(out);
        }
    }
}
