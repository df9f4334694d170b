package cn.govdisclosure.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The shortcuts of the workbook reader give exactly what POI gives: inline-string cells, cell references. */
class XlsxSheetReadingTest {

    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>申请编号</t></is></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">  收到日期 </t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>A-</t></r><r><rPr><b/></rPr><t>0001</t></r></is></c>
              <c r="B2" t="n"><v>43831</v></c><c r="C2" t="inlineStr"><is><t>第一行_x000D_第二行</t></is></c>
              <c r="D2" t="inlineStr"><is><t></t></is></c><c r="E2" t="inlineStr"><is/></c><c r="F2" t="b"><v>1</v></c>
              <c r="H2" t="inlineStr"><v>值</v></c><c r="I2" t="str"><f>A1</f><v>公式</v></c></row>
            <row r="4"><c t="inlineStr"><is><t>无引用</t><rPh><t>ヨミ</t></rPh></is></c><c r="B4"><v>12.5</v></c>
              <c r="C4" t="inlineStr"><is><x14:ext>忽略</x14:ext><t>a&amp;b</t></is></c></row>
            </sheetData></worksheet>
            """;

    private static final class Recorded implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<String> events = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            events.add("row " + rowNum);
        }

        @Override
        public void endRow(int rowNum) {
            events.add("end " + rowNum);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            events.add(reference + "=" + formattedValue);
        }
    }

    private static List<String> read(boolean filtered) throws Exception {
        Recorded recorded = new Recorded();
        XMLReader parser = XMLHelper.newXMLReader();
        if (filtered) {
            parser = new LedgerSources.InlineStrings(parser, recorded);
        }
        parser.setContentHandler(new XSSFSheetXMLHandler(null, null, null, recorded, new org.apache.poi.ss.usermodel.DataFormatter(), false));
        parser.parse(new InputSource(new StringReader(SHEET.strip())));
        return recorded.events;
    }

    @Test
    void theCellsAreThoseOfPoisHandler() throws Exception {
        List<String> expected = read(false);
        assertEquals(read(true), expected);
        // and what they are (POI's handler's own reading)
        assertEquals(List.of("row 0", "A1=申请编号", "C1=  收到日期 ", "end 0", "row 1", "A2=A-0001", "B2=43831",
                "C2=第一行\r第二行", "D2=", "E2=", "F2=TRUE", "H2=值", "I2=公式", "end 1", "row 3", "null=无引用ヨミ",
                "B4=12.5", "C4=a&b", "end 3"), expected);
    }

    @Test
    void aReferencesColumnIsPoisColumn() {
        for (String reference : List.of("A1", "Z9", "AA10", "AZ100", "XFD1048576", "BC7", "$C$3", "c5", "D", "AB12")) {
            assertEquals(new CellReference(reference).getCol(), LedgerSources.columnOf(reference), reference);
        }
        assertEquals(27, LedgerSources.columnOf("AB12"));
        assertEquals(16383, LedgerSources.columnOf("XFD1048576"));
    }
}
