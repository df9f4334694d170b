package cn.govdisclosure.ledger;

import cn.govdisclosure.platform.Labelled;

/** Who is consulted: a third party whose rights are concerned (art. 32) or another agency (art. 34). */
public enum Counterpart implements Labelled {
    THIRD_PARTY, OTHER_AGENCY;

    @Override
    public String zh() {
        return switch (this) {
            case THIRD_PARTY -> "第三方";
            case OTHER_AGENCY -> "其他行政机关";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case THIRD_PARTY -> "Third party";
            case OTHER_AGENCY -> "Another agency";
        };
    }
}
