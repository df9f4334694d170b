package cn.govdisclosure.transfer;

/** The running counts of an import: rows read, and what became of them; errors (a row may have several). */
final class ImportCounts {
    long read;
    long created;
    long replaced;
    long unchanged;
    long rejected;
    long errors;
}
