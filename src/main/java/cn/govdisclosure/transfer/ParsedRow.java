package cn.govdisclosure.transfer;

import java.util.List;

import cn.govdisclosure.ledger.ApplicationInput;

/**
 * One data row of an upload: the application it describes (null when its cells could not be read) and the agency
 * it names (null: the agency of the upload), or the errors that keep it out.
 */
record ParsedRow(String sheet, long rowNumber, String agencyCode, ApplicationInput input, String trackingNumber,
        List<ImportError> errors, java.util.Map<String, String> headers) {

    /** A sheet refused whole (its header lacks required columns): an error, but no row. */
    static ParsedRow sheetRefused(String sheet, long headerRow, ImportError error) {
        return new ParsedRow(sheet, -headerRow, null, null, null, List.of(error), null);
    }

    boolean isSheetRefusal() {
        return rowNumber < 0;
    }

    /** The header the file prints for a field, for error reports; the canonical one when the file has none. */
    String headerOf(cn.govdisclosure.ledger.LedgerColumn column) {
        return headers == null ? column.header() : headers.getOrDefault(column.field(), column.header());
    }
}
