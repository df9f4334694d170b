package cn.govdisclosure.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Violation;

/**
 * Which events may follow which (Regulation arts. 30–33, 42): a malformed event is a 400 naming its
 * fields; an impossible sequence — a second extension, anything after conclusion, an event dated before
 * receipt or before the previous event, a consultation that never started ending, an abandonment with
 * nothing pending — is a 409 saying why.
 */
final class TimelineRules {

    /** An event already on the timeline. */
    record Past(EventType type, LocalDate date, LocalDate deadline) {
    }

    private final int maxExtension;

    TimelineRules(int maxExtension) {
        this.maxExtension = maxExtension;
    }

    void check(String trackingNumber, LocalDate received, List<Past> timeline, EventInput event, LocalDate today) {
        checkFields(received, event, today);
        State state = State.of(timeline);
        LocalDate last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).date();
        if (state.concluded) {
            throw new Conflict(Message.of("detail.event-after-conclusion", trackingNumber));
        }
        if (last != null && event.date().isBefore(last)) {
            throw new Conflict(Message.of("detail.event-out-of-order", event.date(), last));
        }
        Message refusal = switch (event.type()) {
            case CORRECTION_REQUESTED -> state.correctionRequested ? Message.of("timeline.correction-once") : null;
            case CORRECTION_RECEIVED -> !state.awaitingCorrection() ? Message.of("timeline.no-correction-awaited") : null;
            case EXTENDED -> state.extended ? Message.of("timeline.extension-once") : null;
            case CONSULTATION_STARTED -> state.inConsultation ? Message.of("timeline.consultation-under-way") : null;
            case CONSULTATION_ENDED -> !state.inConsultation ? Message.of("timeline.no-consultation") : null;
            case FEE_NOTICE_SENT -> state.awaitingFee ? Message.of("timeline.fee-awaited") : null;
            case FEE_PAID -> !state.awaitingFee ? Message.of("timeline.no-fee-awaited") : null;
            case WITHDRAWN -> null;
            case CONCLUDED -> abandonmentRefusal(event, state);
        };
        if (refusal != null) {
            throw new Conflict(Message.of("detail.timeline-refusal", trackingNumber, refusal));
        }
    }

    private static Message abandonmentRefusal(EventInput event, State state) {
        if (event.outcome() == Outcome.OTHER_NO_CORRECTION) {
            if (!state.awaitingCorrection()) {
                return Message.of("timeline.no-correction-to-abandon");
            }
            if (!event.date().isAfter(state.correctionDeadline)) {
                return Message.of("timeline.may-still-correct", state.correctionDeadline);
            }
        }
        if (event.outcome() == Outcome.OTHER_FEE_UNPAID) {
            if (!state.awaitingFee) {
                return Message.of("timeline.no-fee-to-abandon");
            }
            if (!event.date().isAfter(state.feeDeadline)) {
                return Message.of("timeline.may-still-pay", state.feeDeadline);
            }
        }
        return null;
    }

    private void checkFields(LocalDate received, EventInput event, LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        EventType type = event.type();
        if (event.date().isBefore(received)) {
            errors.add(Violation.of("date", "date-order", "field.before-receipt", received));
        }
        if (event.date().isAfter(today)) {
            errors.add(Violation.of("date", "date-in-future", "field.date-in-future"));
        }
        require(errors, type == EventType.CONCLUDED, event.outcome() != null, "outcome", "concluded");
        boolean takesDeadline = type == EventType.CORRECTION_REQUESTED || type == EventType.FEE_NOTICE_SENT;
        require(errors, takesDeadline, event.deadline() != null, "deadline", "deadline");
        if (takesDeadline && event.deadline() != null && event.deadline().isBefore(event.date())) {
            errors.add(Violation.of("deadline", "date-order", "field.before-event-date"));
        }
        require(errors, type == EventType.EXTENDED, event.workingDays() != null, "workingDays", "working-days");
        if (type == EventType.EXTENDED && event.workingDays() != null
                && (event.workingDays() < 1 || event.workingDays() > maxExtension)) {
            errors.add(Violation.of("workingDays", "out-of-range", "field.working-days-range", maxExtension));
        }
        require(errors, type == EventType.EXTENDED, event.approvedBy() != null && !event.approvedBy().isBlank(),
                "approvedBy", "approved-by");
        require(errors, type == EventType.CONSULTATION_STARTED, event.counterpart() != null, "counterpart",
                "counterpart");
        require(errors, type == EventType.FEE_NOTICE_SENT, event.feeAmount() != null, "feeAmount", "fee-amount");
        if (event.feeAmount() != null && (event.feeAmount().signum() <= 0 || event.feeAmount().scale() > 2
                || event.feeAmount().compareTo(new BigDecimal("1000000")) >= 0)) {
            errors.add(Violation.of("feeAmount", "out-of-range", "field.fee-amount"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A field that the event's type needs, or does not take: keys {@code field.event.<name>.missing/misplaced}. */
    private static void require(List<Violation> errors, boolean applies, boolean present, String field,
            String name) {
        if (applies && !present) {
            errors.add(Violation.of(field, "required", "field.event." + name + ".missing"));
        } else if (!applies && present) {
            errors.add(Violation.of(field, "invalid", "field.event." + name + ".misplaced"));
        }
    }

    /** What the timeline so far says. */
    private static final class State {
        boolean concluded;
        boolean correctionRequested;
        boolean correctionReceived;
        LocalDate correctionDeadline;
        boolean extended;
        boolean inConsultation;
        boolean awaitingFee;
        LocalDate feeDeadline;

        static State of(List<Past> timeline) {
            State state = new State();
            for (Past event : timeline) {
                switch (event.type()) {
                    case CORRECTION_REQUESTED -> {
                        state.correctionRequested = true;
                        state.correctionDeadline = event.deadline();
                    }
                    case CORRECTION_RECEIVED -> state.correctionReceived = true;
                    case EXTENDED -> state.extended = true;
                    case CONSULTATION_STARTED -> state.inConsultation = true;
                    case CONSULTATION_ENDED -> state.inConsultation = false;
                    case FEE_NOTICE_SENT -> {
                        state.awaitingFee = true;
                        state.feeDeadline = event.deadline();
                    }
                    case FEE_PAID -> state.awaitingFee = false;
                    case WITHDRAWN, CONCLUDED -> state.concluded = true;
                }
            }
            return state;
        }

        boolean awaitingCorrection() {
            return correctionRequested && !correctionReceived;
        }
    }
}
