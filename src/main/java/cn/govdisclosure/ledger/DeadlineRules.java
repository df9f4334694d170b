package cn.govdisclosure.ledger;

/**
 * The counting convention of reply deadlines, in one place (domain §7; configurable as
 * {@code disclosure.deadline.*}).
 *
 * @param periodWorkingDays the reply period (art. 33: 20 working days)
 * @param maxExtensionWorkingDays the longest extension (art. 33: 20 working days, once)
 * @param firstDay which day is day 1 of a period
 */
public record DeadlineRules(int periodWorkingDays, int maxExtensionWorkingDays, FirstDay firstDay) {

    public static final DeadlineRules STATUTORY = new DeadlineRules(20, 20, FirstDay.NEXT_WORKING_DAY);

    /** Day 1 of a period: the working day after receipt (our reading of art. 33), or the receipt day itself. */
    public enum FirstDay {
        NEXT_WORKING_DAY, RECEIPT_DAY
    }
}
