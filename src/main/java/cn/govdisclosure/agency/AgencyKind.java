package cn.govdisclosure.agency;

import cn.govdisclosure.platform.Labelled;

/** What kind of disclosing agency this is; it decides, among other things, the report's deadline. */
public enum AgencyKind implements Labelled {
    GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER;

    @Override
    public String zh() {
        return switch (this) {
            case GOVERNMENT -> "人民政府";
            case DEPARTMENT -> "政府部门";
            case TOWNSHIP -> "乡镇（街道）";
            case OTHER -> "其他";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case GOVERNMENT -> "Government";
            case DEPARTMENT -> "Government department";
            case TOWNSHIP -> "Township or street office";
            case OTHER -> "Other";
        };
    }
}
