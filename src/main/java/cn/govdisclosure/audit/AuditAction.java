package cn.govdisclosure.audit;

import cn.govdisclosure.platform.Labelled;

/**
 * What happened to a record. A TRANSITION is an update that changed its workflow status; an IMPORT is a bulk job
 * that wrote many records at once, recorded as one entry with its file and counts; an ANONYMISE is a retention
 * run that replaced the personal data of many records, recorded as one entry with its count.
 */
public enum AuditAction implements Labelled {
    CREATE, UPDATE, TRANSITION, DELETE, IMPORT, ANONYMISE;

    @Override
    public String zh() {
        return switch (this) {
            case CREATE -> "新建";
            case UPDATE -> "修改";
            case TRANSITION -> "状态变更";
            case DELETE -> "删除";
            case IMPORT -> "批量导入";
            case ANONYMISE -> "匿名化";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case CREATE -> "Created";
            case UPDATE -> "Updated";
            case TRANSITION -> "Status changed";
            case DELETE -> "Deleted";
            case IMPORT -> "Imported";
            case ANONYMISE -> "Anonymised";
        };
    }
}
