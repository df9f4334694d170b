package cn.govdisclosure.transfer;

/** How a cell of a published table was read. */
public enum CellStatus {
    /** A value, read as printed (or as the only split of run-together digits that satisfies the template). */
    READ,
    /** Printed blank: empty, "/", "-", "—", or dropped from a flattened page. Never read as 0. */
    BLANK,
    /** Run-together digits that split in more than one way satisfying the template; the candidates are listed. */
    AMBIGUOUS,
    /** Printed, but not readable as this cell's value: the parse findings say why. */
    UNREADABLE
}
