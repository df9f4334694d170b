package cn.govdisclosure.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import cn.govdisclosure.ledger.ApplicationInput;

/**
 * Streams the rows of an uploaded file, one at a time, never holding the file in memory: CSV line by line (UTF-8
 * with or without a byte order mark, or GB18030 when declared), XLSX with the SAX event reader (every sheet in
 * order, Excel dates as ISO dates), NDJSON one application JSON per line.
 */
final class LedgerSources {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NDJSON = "application/x-ndjson";

    /** A file the reader cannot read at all (not a workbook, wrong encoding): the job fails with this message. */
    static final class UnreadableFile extends Exception {
        final String messageEn;

        UnreadableFile(String message, String messageEn, Throwable cause) {
            super(message, cause);
            this.messageEn = messageEn;
        }
    }

    private LedgerSources() {
    }

    /**
     * The charset of a CSV upload: GB18030 when a Chinese Windows encoding (GB18030, GBK, GB2312, CP936) is declared,
     * UTF-8 otherwise (HTTP clients declare ISO-8859-1 or others by default, never knowing the file's encoding).
     */
    static Charset charsetOf(String declared) {
        String name = declared == null ? "" : declared.strip().replace("\"", "").toUpperCase(Locale.ROOT);
        if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312") || name.equals("CP936")) {
            return Charset.forName("GB18030");
        }
        return StandardCharsets.UTF_8;
    }

    static void readCsv(Path file, Charset charset, LedgerCells cells) throws IOException, UnreadableFile {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(withoutBom(Files.newInputStream(file)), decoder),
                64 * 1024);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            cells.startSheet(null);
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                cells.row(record.getRecordNumber(), values);
            }
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new UnreadableFile("文件不是 " + charset.name() + " 编码的文本；中文 Windows 保存的 CSV 请以 "
                        + "Content-Type: text/csv; charset=GB18030 上传",
                        "the file is not " + charset.name() + " text; upload a CSV saved on Chinese Windows as "
                                + "Content-Type: text/csv; charset=GB18030", e);
            }
            throw e;
        } catch (IllegalStateException e) {
            throw new UnreadableFile("CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage(), e);
        }
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && head.length > 0) {
            pushback.unread(head);
        }
        return pushback;
    }

    static void readXlsx(Path file, LedgerCells cells) throws IOException, UnreadableFile {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Styles styles = new StylesOnce(reader.getStylesTable());
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    cells.startSheet(sheets.getSheetName());
                    SheetRows rows = new SheetRows(cells);
                    InlineStrings parser = new InlineStrings(XMLHelper.newXMLReader(), rows);
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(),
                            false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnreadableFile("文件不是 XLSX 工作簿", "the file is not an XLSX workbook", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnreadableFile("工作簿无法读取：" + e.getMessage(), "the workbook cannot be read: " + e.getMessage(),
                    e);
        }
    }

    /** Collects the cells of each row (missing cells as empty text) and hands the row on. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final LedgerCells cells;
        private final List<String> row = new ArrayList<>();

        SheetRows(LedgerCells cells) {
            this.cells = cells;
        }

        @Override
        public void startRow(int rowNum) {
            row.clear();
        }

        @Override
        public void endRow(int rowNum) {
            cells.row(rowNum + 1L, new ArrayList<>(row));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? row.size() : columnOf(reference);
            while (row.size() < column) {
                row.add("");
            }
            row.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** The column (from 0) of a cell reference as sheets write it ({@code AB12}); any other form as POI reads it. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            column = column * 26 + reference.charAt(i++) - 'A' + 1;
        }
        int letters = i;
        while (i < reference.length() && reference.charAt(i) >= '0' && reference.charAt(i) <= '9') {
            i++;
        }
        return letters > 0 && letters <= 3 && i > letters && i == reference.length() ? column - 1
                : new CellReference(reference).getCol();
    }

    /**
     * The workbook's cell styles for the sheet handler, each built once: the handler asks for the style of every
     * numeric cell, and POI builds a new style object from the workbook's XML each time. Only read.
     */
    private static final class StylesOnce implements Styles {

        private final StylesTable styles;
        private final Map<Integer, XSSFCellStyle> built = new HashMap<>();

        StylesOnce(StylesTable styles) {
            this.styles = styles;
        }

        @Override
        public XSSFCellStyle getStyleAt(int idx) {
            return built.computeIfAbsent(idx, styles::getStyleAt);
        }

        @Override
        public int getNumCellStyles() {
            return styles.getNumCellStyles();
        }

        @Override
        public int getNumDataFormats() {
            return styles.getNumDataFormats();
        }

        @Override
        public String getNumberFormatAt(short fmtId) {
            return styles.getNumberFormatAt(fmtId);
        }

        @Override
        public XSSFFont getFontAt(int idx) {
            return styles.getFontAt(idx);
        }

        @Override
        public XSSFCellBorder getBorderAt(int idx) {
            return styles.getBorderAt(idx);
        }

        @Override
        public XSSFCellFill getFillAt(int idx) {
            return styles.getFillAt(idx);
        }

        @Override
        public int putNumberFormat(String fmt) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void putNumberFormat(short index, String fmt) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public boolean removeNumberFormat(short index) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public boolean removeNumberFormat(String fmt) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int putFont(XSSFFont font, boolean forceRegistration) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int putFont(XSSFFont font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int putStyle(XSSFCellStyle style) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int putBorder(XSSFCellBorder border) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int putFill(XSSFCellFill fill) {
            throw new UnsupportedOperationException("read only");
        }
    }

    /**
     * Hands the text of inline-string cells ({@code <c t="inlineStr"><is><t>…</t></is></c>}, as streaming writers
     * store text) to the rows exactly as POI's sheet handler does, without the rich-text object it builds for each
     * such cell (a tenth of an import's time); every other element goes to POI's handler. The workbook is read
     * without comments, so a cell's only output is its text.
     */
    static final class InlineStrings extends XMLFilterImpl {

        private final XSSFSheetXMLHandler.SheetContentsHandler rows;
        private final StringBuilder value = new StringBuilder();
        private boolean inlineCell;
        private String reference;
        private boolean inString;
        private boolean inText;

        InlineStrings(XMLReader parent, XSSFSheetXMLHandler.SheetContentsHandler rows) {
            super(parent);
            this.rows = rows;
            // the parse goes through the filter: keep the secure parser's refusal of external entities
            setEntityResolver(parent.getEntityResolver());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (foreign(uri)) {
                if (!inlineCell) {
                    super.startElement(uri, localName, qName, atts);
                }
                return;
            }
            if (!inlineCell && "c".equals(localName) && "inlineStr".equals(atts.getValue("t"))) {
                inlineCell = true;
                reference = atts.getValue("r");
                inString = false;
                inText = false;
                value.setLength(0);
            } else if (!inlineCell) {
                super.startElement(uri, localName, qName, atts);
            } else if ("is".equals(localName)) {
                inString = true;
            } else if (isText(localName)) {
                inText = true;
                if (!inString) {
                    value.setLength(0);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!inlineCell) {
                super.endElement(uri, localName, qName);
                return;
            }
            if (foreign(uri)) {
                return;
            }
            if (isText(localName)) {
                inText = false;
                if (!inString) {
                    output();
                }
            } else if ("is".equals(localName)) {
                inString = false;
                output();
            } else if ("c".equals(localName)) {
                inlineCell = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inlineCell) {
                super.characters(ch, start, length);
            } else if (inText) {
                value.append(ch, start, length);
            }
        }

        /** An element POI's handler ignores. */
        private static boolean foreign(String uri) {
            return uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML);
        }

        /** The text tags of POI's handler: a value, and a run of text within the inline string. */
        private boolean isText(String localName) {
            return "v".equals(localName) || "inlineStr".equals(localName) || "t".equals(localName) && inString;
        }

        private void output() {
            String text = value.toString();
            // escaped characters (_x000D_ …) are decoded by the rich-text string, as POI does
            rows.cell(reference, text.contains("_x") ? new XSSFRichTextString(text).toString() : text, null);
            value.setLength(0);
        }
    }

    /** Formats date cells as ISO dates, whatever their display format, so they read back exactly. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, use1904);
                return date.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** NDJSON: each non-blank line one application as {@code POST …/applications} takes it, plus {@code agencyCode}. */
    static void readNdjson(Path file, ObjectMapper json, Consumer<ParsedRow> rows) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String agency = null;
                String trackingNumber = null;
                try {
                    JsonNode node = json.readTree(line);
                    if (!(node instanceof ObjectNode object)) {
                        throw new IllegalArgumentException("not an object");
                    }
                    JsonNode code = object.remove("agencyCode");
                    agency = code == null || code.isNull() ? null : code.asText();
                    trackingNumber = object.path("trackingNumber").isTextual() ? object.get("trackingNumber").asText()
                            : null;
                    ApplicationInput input = json.treeToValue(object, ApplicationInput.class);
                    rows.accept(new ParsedRow(null, number, agency, input, trackingNumber, List.of(), null));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    String reason = e instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                            : e.getMessage();
                    rows.accept(new ParsedRow(null, number, agency, null, trackingNumber, List.of(new ImportError(null,
                            number, null, trackingNumber, "该行不是有效的申请 JSON：" + reason,
                            "the line is not a valid application JSON: " + reason)), null));
                }
            }
        }
    }
}
