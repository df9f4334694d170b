package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * One application as a ledger spreadsheet prints it, cell by cell in {@link LedgerColumn} order. Personal data
 * is present only when the reader may see it; otherwise the name is masked and the other personal cells are empty.
 */
public record LedgerRow(String agencyCode, String trackingNumber, LocalDate receivedDate, Channel channel,
        ApplicantType applicantType, String applicantName, String idNumber, String phone, String email, String address,
        String subject, LocalDate concludedDate, Outcome outcome) {

    /** The printed form of an outcome: its group and its row, {@code 不予公开-属于国家秘密}, or the row alone. */
    public static String printed(Outcome outcome) {
        if (outcome == null) {
            return null;
        }
        return outcome.groupLabel() == null ? outcome.label() : outcome.groupLabel() + "-" + outcome.label();
    }

    /** The cells as values: text, or {@link LocalDate} for the date columns. */
    public List<Object> cells() {
        List<Object> cells = new ArrayList<>(LedgerColumn.values().length);
        for (LedgerColumn column : LedgerColumn.values()) {
            cells.add(switch (column) {
                case AGENCY_CODE -> agencyCode;
                case TRACKING_NUMBER -> trackingNumber;
                case RECEIVED_DATE -> receivedDate;
                case CHANNEL -> channel.label();
                case APPLICANT_TYPE -> applicantType.label();
                case APPLICANT_NAME -> applicantName;
                case ID_NUMBER -> idNumber;
                case PHONE -> phone;
                case EMAIL -> email;
                case ADDRESS -> address;
                case SUBJECT -> subject;
                case CONCLUDED_DATE -> concludedDate;
                case OUTCOME -> printed(outcome);
            });
        }
        return cells;
    }
}
