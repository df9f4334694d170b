package cn.govdisclosure.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The final reply to an application, at the finest grain of the 2021 template; each application counts under
 * exactly one outcome row of table 三 ({@link ApplicationRow#of(Outcome, ReportFormat)}).
 */
public enum Outcome {
    GRANTED,
    PARTIALLY_GRANTED,
    DENIED_STATE_SECRET,
    DENIED_LAW_PROHIBITED,
    DENIED_SECURITY_STABILITY,
    DENIED_THIRD_PARTY_RIGHTS,
    DENIED_INTERNAL_AFFAIRS,
    DENIED_PROCESS_INFORMATION,
    DENIED_ENFORCEMENT_FILE,
    DENIED_ADMIN_QUERY,
    UNAVAILABLE_NOT_HELD,
    UNAVAILABLE_NEEDS_CREATION,
    UNAVAILABLE_STILL_UNCLEAR,
    NOT_PROCESSED_COMPLAINT,
    NOT_PROCESSED_DUPLICATE,
    NOT_PROCESSED_PUBLICATION,
    NOT_PROCESSED_EXCESSIVE,
    NOT_PROCESSED_CONFIRMATION,
    OTHER_NO_CORRECTION,
    OTHER_FEE_UNPAID,
    OTHER;

    /** The GB2021 row of this outcome: every outcome has a row of its own there. */
    public ApplicationRow row() {
        return ApplicationRow.valueOf(name());
    }

    /** The row's label without numbering, as a ledger prints the outcome: 属于国家秘密, 予以公开 … */
    public String label() {
        return row().text();
    }

    /** The row's text in English, for code lists. */
    public String en() {
        return row().en();
    }

    /** The group of {@link #groupLabel()}, or null for 予以公开 and 部分公开. */
    public ApplicationRow.Group group() {
        ApplicationRow.Group group = row().group(ReportFormat.GB2021);
        return group == ApplicationRow.Group.RESULTS ? null : group;
    }

    /** The group the template puts the outcome in (不予公开, 无法提供 …); null for 予以公开 and 部分公开. */
    public String groupLabel() {
        ApplicationRow.Group group = row().group(ReportFormat.GB2021);
        return group == ApplicationRow.Group.RESULTS ? null : group.text();
    }

    /** Separators ledgers print between a group and its row: 不予公开-属于国家秘密, 无法提供：本机关不掌握…. */
    private static final Pattern SEPARATORS = Pattern.compile("[-－—–:：/|]");

    /**
     * The outcome whose wording the printed value is, as ledgers print it: the row alone ({@code 属于国家秘密},
     * {@code 予以公开}), with its numbering, or after its group with or without a separator
     * ({@code 不予公开-属于国家秘密}, {@code （四）无法提供1.本机关不掌握相关政府信息}); {@code 其他处理} alone is
     * {@link #OTHER}. A group name alone ({@code 不予公开}) names no outcome.
     */
    public static Optional<Outcome> byLabel(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String cleaned = SEPARATORS.matcher(PrintedLabels.key(printed)).replaceAll("");
        Optional<ApplicationRow> row = ApplicationRow.byLabel(cleaned, ReportFormat.GB2021)
                .or(() -> ApplicationRow.byLabel(cleaned, ReportFormat.GB2019));
        return row.filter(ApplicationRow::isOutcome).map(found -> valueOf(found.name()));
    }
}
