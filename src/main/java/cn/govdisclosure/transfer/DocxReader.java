package cn.govdisclosure.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import cn.govdisclosure.platform.Message;

/**
 * Reads a Word document (DOCX): its paragraphs in order, and each table as one line per row with the cells
 * separated by tabs; a cell spanning columns ({@code gridSpan}) is followed by empty places, a cell continuing a
 * vertical merge is empty. Headers and footers of the pages are not part of the body and are not read.
 */
final class DocxReader {

    DocumentText read(byte[] body) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.addAll(List.of(paragraph.getText().split("\r\n|\r|\n", -1)));
                } else if (element instanceof XWPFTable table) {
                    table(table, lines);
                }
            }
            return new DocumentText(lines);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(Message.of("detail.document.not-docx"), e);
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableDocumentException(Message.of("detail.document.damaged-docx"), e);
        }
    }

    private static void table(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean continuesMerge = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null
                                || !"restart".equals(properties.getVMerge().getVal().toString()));
                cells.add(continuesMerge ? "" : cell.getText().replaceAll("[\\r\\n\\t\\u00A0]+", " ").strip());
                int span = properties != null && properties.isSetGridSpan()
                        ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            lines.add(String.join("\t", cells));
        }
    }
}
