package cn.govdisclosure.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.FieldError;
import cn.govdisclosure.platform.InvalidInput;

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
            throw new Conflict("Application " + trackingNumber + " is concluded; no event can follow its "
                    + "conclusion (correct a mistaken conclusion with PUT)");
        }
        if (last != null && event.date().isBefore(last)) {
            throw new Conflict("The event is dated " + event.date() + ", before the previous event of "
                    + last + "; events are recorded in order");
        }
        String refusal = switch (event.type()) {
            case CORRECTION_REQUESTED -> state.correctionRequested
                    ? "Corrections can be asked for only once, for everything needed (art. 30)" : null;
            case CORRECTION_RECEIVED -> !state.awaitingCorrection() ? "No correction is awaited" : null;
            case EXTENDED -> state.extended ? "The reply period can be extended only once (art. 33)" : null;
            case CONSULTATION_STARTED -> state.inConsultation ? "A consultation is already under way" : null;
            case CONSULTATION_ENDED -> !state.inConsultation ? "No consultation was started" : null;
            case FEE_NOTICE_SENT -> state.awaitingFee ? "A fee notice is already awaiting payment" : null;
            case FEE_PAID -> !state.awaitingFee ? "No fee notice is awaiting payment" : null;
            case WITHDRAWN -> null;
            case CONCLUDED -> abandonmentRefusal(event, state);
        };
        if (refusal != null) {
            throw new Conflict("Application " + trackingNumber + ": " + refusal);
        }
    }

    private static String abandonmentRefusal(EventInput event, State state) {
        if (event.outcome() == Outcome.OTHER_NO_CORRECTION) {
            if (!state.awaitingCorrection()) {
                return "OTHER_NO_CORRECTION concludes an application whose requested corrections never arrived; "
                        + "none are awaited";
            }
            if (!event.date().isAfter(state.correctionDeadline)) {
                return "The applicant may correct until " + state.correctionDeadline
                        + "; the application is abandoned only after that day";
            }
        }
        if (event.outcome() == Outcome.OTHER_FEE_UNPAID) {
            if (!state.awaitingFee) {
                return "OTHER_FEE_UNPAID concludes an application whose fee was never paid; no fee is awaited";
            }
            if (!event.date().isAfter(state.feeDeadline)) {
                return "The applicant may pay until " + state.feeDeadline
                        + "; the application is abandoned only after that day";
            }
        }
        return null;
    }

    private void checkFields(LocalDate received, EventInput event, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        EventType type = event.type();
        if (event.date().isBefore(received)) {
            errors.add(new FieldError("date", "must not be before the receipt date " + received));
        }
        if (event.date().isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        require(errors, type == EventType.CONCLUDED, event.outcome() != null, "outcome",
                "is required for a CONCLUDED event", "is only given with a CONCLUDED event");
        boolean takesDeadline = type == EventType.CORRECTION_REQUESTED || type == EventType.FEE_NOTICE_SENT;
        require(errors, takesDeadline, event.deadline() != null, "deadline",
                "is required: the day by which the applicant must answer", "is only given when asking for "
                        + "corrections or a fee");
        if (takesDeadline && event.deadline() != null && event.deadline().isBefore(event.date())) {
            errors.add(new FieldError("deadline", "must not be before the event's date"));
        }
        require(errors, type == EventType.EXTENDED, event.workingDays() != null, "workingDays",
                "is required: the extension in working days", "is only given with an EXTENDED event");
        if (type == EventType.EXTENDED && event.workingDays() != null
                && (event.workingDays() < 1 || event.workingDays() > maxExtension)) {
            errors.add(new FieldError("workingDays", "must be from 1 to " + maxExtension));
        }
        require(errors, type == EventType.EXTENDED, event.approvedBy() != null && !event.approvedBy().isBlank(),
                "approvedBy", "is required: who approved the extension", "is only given with an EXTENDED event");
        require(errors, type == EventType.CONSULTATION_STARTED, event.counterpart() != null, "counterpart",
                "is required: THIRD_PARTY or OTHER_AGENCY", "is only given when a consultation starts");
        require(errors, type == EventType.FEE_NOTICE_SENT, event.feeAmount() != null, "feeAmount",
                "is required: the fee in 元", "is only given with a fee notice");
        if (event.feeAmount() != null && (event.feeAmount().signum() <= 0 || event.feeAmount().scale() > 2
                || event.feeAmount().compareTo(new BigDecimal("1000000")) >= 0)) {
            errors.add(new FieldError("feeAmount", "must be an amount in 元 above 0, below 1000000, with at most 2 decimals"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void require(List<FieldError> errors, boolean applies, boolean present, String field,
            String missing, String misplaced) {
        if (applies && !present) {
            errors.add(new FieldError(field, missing));
        } else if (!applies && present) {
            errors.add(new FieldError(field, misplaced));
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
