package cn.govdisclosure.transfer;

/**
 * Something in a published document that could not be read as the template expects, and why.
 *
 * @param code what kind of problem: HEADING_MISSING, ROW_MISSING, SHORT_ROW, TOO_MANY_VALUES, AMBIGUOUS_SPLIT,
 *        NO_SPLIT, CELLS_DROPPED, UNREADABLE_VALUE, TITLE_MISSING, YEAR_MISMATCH, FORMAT_MISMATCH, BOTH_FORMATS
 * @param section the section (1–6) it concerns, 0 for the document as a whole
 * @param row the row code, or null
 * @param column the column code, or null
 * @param line the line of the document's text it was on (1-based), or null
 * @param excerpt the printed text around it
 */
record ParseFinding(String code, int section, String row, String column, Integer line, String excerpt,
        String messageZh, String messageEn) {
}
