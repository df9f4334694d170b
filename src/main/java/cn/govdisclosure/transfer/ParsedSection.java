package cn.govdisclosure.transfer;

/**
 * One of the six sections as printed: its heading as found (null when not found), the line it starts on, and its
 * text — for sections 二, 三 and 四 the text printed before the table.
 */
record ParsedSection(int number, String heading, Integer line, String text) {
}
