package cn.govdisclosure.transfer;

import cn.govdisclosure.platform.Labelled;

/** How a cell of a published table was read. */
public enum CellStatus implements Labelled {
    /** A value, read as printed (or as the only split of run-together digits that satisfies the template). */
    READ,
    /** Printed blank: empty, "/", "-", "—", or dropped from a flattened page. Never read as 0. */
    BLANK,
    /** Run-together digits that split in more than one way satisfying the template; the candidates are listed. */
    AMBIGUOUS,
    /** Printed, but not readable as this cell's value: the parse findings say why. */
    UNREADABLE;

    @Override
    public String zh() {
        return switch (this) {
            case READ -> "已读取";
            case BLANK -> "空白";
            case AMBIGUOUS -> "有多种读法";
            case UNREADABLE -> "无法识别";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case READ -> "Read";
            case BLANK -> "Blank";
            case AMBIGUOUS -> "Ambiguous";
            case UNREADABLE -> "Unreadable";
        };
    }
}
