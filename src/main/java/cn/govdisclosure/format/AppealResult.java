package cn.govdisclosure.format;

/** The result columns of table 四; PENDING while a case is not concluded. */
public enum AppealResult {
    UPHELD, CORRECTED, OTHER, PENDING;

    /** The template's column of this result. */
    public AppealColumn column() {
        return AppealColumn.valueOf(name());
    }
}
