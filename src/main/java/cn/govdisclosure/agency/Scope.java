package cn.govdisclosure.agency;

import cn.govdisclosure.platform.Labelled;

/** Whose applications are counted: the agency alone, or the agency and all agencies below it. */
public enum Scope implements Labelled {
    AGENCY, SUBTREE;

    @Override
    public String zh() {
        return switch (this) {
            case AGENCY -> "本机关";
            case SUBTREE -> "本机关及下级机关";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case AGENCY -> "This agency alone";
            case SUBTREE -> "This agency and the agencies below it";
        };
    }
}
