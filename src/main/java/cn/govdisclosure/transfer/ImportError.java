package cn.govdisclosure.transfer;

/**
 * Why a row (or a whole sheet, or the file) could not be taken: where (sheet, row number as the spreadsheet shows
 * it, column header), which tracking number, and the reason in Chinese and in English. Never holds personal data.
 */
record ImportError(String sheet, Long row, String column, String trackingNumber, String message, String messageEn) {

    static ImportError ofFile(String message, String messageEn) {
        return new ImportError(null, null, null, null, message, messageEn);
    }
}
