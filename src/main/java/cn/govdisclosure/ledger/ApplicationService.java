package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.ApiException;
import cn.govdisclosure.platform.ApiProblem.FieldError;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;

/** Records applications and their timelines, enforcing the ledger's rules on dates and outcomes. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final AgencyService agencies;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;

    ApplicationService(ApplicationRepository applications, AgencyService agencies, ServiceClock clock,
            BusinessMetrics metrics) {
        this.applications = applications;
        this.agencies = agencies;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Records a new application. The same tracking number sent again returns the stored entry when the
     * content agrees (a retry; outcome fields that the retry leaves out are not compared), and is a
     * 409 when it differs.
     */
    @Transactional
    public Creation<ApplicationView> create(String agencyCode, ApplicationInput input) {
        AgencyRef agency = agencies.require(agencyCode);
        ApplicationContent content = input.content();
        checkRules(content);
        Optional<DisclosureApplication> existing = applications.findEntry(agency.id(), input.trackingNumber());
        if (existing.isPresent()) {
            DisclosureApplication entry = existing.get();
            if (!sameSubmission(entry, content)) {
                throw ApiException.conflict("Application " + input.trackingNumber() + " of agency " + agencyCode
                        + " is already recorded with other content; correct it with PUT instead");
            }
            return new Creation<>(versioned(entry, agency, true), false);
        }
        DisclosureApplication entry = new DisclosureApplication();
        entry.agencyId = agency.id();
        entry.trackingNumber = input.trackingNumber();
        entry.createdAt = clock.now();
        apply(entry, content);
        applications.persistAndFlush(entry);
        metrics.applicationRecorded();
        return new Creation<>(versioned(entry, agency, true), true);
    }

    public Versioned<ApplicationView> get(String agencyCode, String trackingNumber) {
        AgencyRef agency = agencies.require(agencyCode);
        return versioned(load(agency, trackingNumber), agency, true);
    }

    public PageOf<ApplicationView> list(String agencyCode, ApplicationFilter filter, PageRequest paging) {
        AgencyRef agency = agencies.require(agencyCode);
        var query = applications.filtered(agency.id(), filter.criteria());
        List<ApplicationView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(entry -> ApplicationView.of(entry, agency.code(), false)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), query.count());
    }

    /** Replaces the content of a mistaken entry; its conclusion event follows the corrected outcome. */
    @Transactional
    public Versioned<ApplicationView> correct(String agencyCode, String trackingNumber, ApplicationUpdate update,
            String ifMatch) {
        AgencyRef agency = agencies.require(agencyCode);
        DisclosureApplication entry = load(agency, trackingNumber);
        EntityTags.requireMatch(ifMatch, entry.version);
        ApplicationContent content = update.content();
        checkRules(content);
        apply(entry, content);
        applications.flush();
        return versioned(entry, agency, true);
    }

    /**
     * Appends an event to the timeline. Concluding an already concluded application with the same
     * date and outcome is a retry and changes nothing; any other event after conclusion is refused.
     */
    @Transactional
    public Creation<ApplicationView> addEvent(String agencyCode, String trackingNumber, EventInput event) {
        AgencyRef agency = agencies.require(agencyCode);
        DisclosureApplication entry = load(agency, trackingNumber);
        List<FieldError> errors = new ArrayList<>();
        if (event.type() == EventType.CONCLUDED && event.outcome() == null) {
            errors.add(new FieldError("outcome", "is required for a CONCLUDED event"));
        }
        if (event.type() != EventType.CONCLUDED && event.outcome() != null) {
            errors.add(new FieldError("outcome", "is only given with a CONCLUDED event"));
        }
        if (event.date().isBefore(entry.receivedDate)) {
            errors.add(new FieldError("date", "must not be before the receipt date " + entry.receivedDate));
        }
        if (event.date().isAfter(clock.today())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (entry.outcome != null) {
            if (event.type() == EventType.CONCLUDED && event.outcome() == entry.outcome
                    && event.date().equals(entry.concludedDate)) {
                return new Creation<>(versioned(entry, agency, true), false);
            }
            throw ApiException.conflict("Application " + trackingNumber + " was concluded on " + entry.concludedDate
                    + "; no event can follow its conclusion (correct a mistaken conclusion with PUT)");
        }
        ApplicationEvent recorded = newEvent(entry, event.type(), event.date(), event.outcome(), event.note());
        entry.events.add(recorded);
        if (event.type() == EventType.CONCLUDED) {
            entry.outcome = event.outcome();
            entry.concludedDate = event.date();
        }
        entry.updatedAt = clock.now();
        applications.flush();
        return new Creation<>(versioned(entry, agency, true), true);
    }

    /** The internal id of an application of this agency, for links from other records. */
    Optional<Long> idOf(long agencyId, String trackingNumber) {
        return applications.idOf(agencyId, trackingNumber);
    }

    Optional<String> trackingNumberOf(long applicationId) {
        return applications.trackingNumberOf(applicationId);
    }

    private void checkRules(ApplicationContent content) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (content.receivedDate().isAfter(today)) {
            errors.add(new FieldError("receivedDate", "must not be in the future"));
        }
        if ((content.outcome() == null) != (content.concludedDate() == null)) {
            errors.add(new FieldError(content.outcome() == null ? "outcome" : "concludedDate",
                    "outcome and concludedDate are given together or not at all"));
        }
        if (content.concludedDate() != null) {
            if (content.concludedDate().isBefore(content.receivedDate())) {
                errors.add(new FieldError("concludedDate", "must not be before receivedDate"));
            }
            if (content.concludedDate().isAfter(today)) {
                errors.add(new FieldError("concludedDate", "must not be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean sameSubmission(DisclosureApplication entry, ApplicationContent content) {
        Applicant applicant = content.applicant();
        boolean same = entry.receivedDate.equals(content.receivedDate()) && entry.channel == content.channel()
                && entry.applicantType == content.applicantType() && entry.subject.equals(content.subject().strip())
                && entry.applicantName.equals(applicant.name().strip())
                && Objects.equals(entry.applicantIdNumber, blankToNull(applicant.idNumber()))
                && Objects.equals(entry.applicantPhone, blankToNull(applicant.phone()))
                && Objects.equals(entry.applicantEmail, blankToNull(applicant.email()))
                && Objects.equals(entry.applicantAddress, blankToNull(applicant.address()));
        if (content.outcome() != null) {
            same = same && content.outcome() == entry.outcome && content.concludedDate().equals(entry.concludedDate);
        }
        return same;
    }

    private void apply(DisclosureApplication entry, ApplicationContent content) {
        entry.receivedDate = content.receivedDate();
        entry.channel = content.channel();
        entry.applicantType = content.applicantType();
        entry.applicantName = content.applicant().name().strip();
        entry.applicantIdNumber = blankToNull(content.applicant().idNumber());
        entry.applicantPhone = blankToNull(content.applicant().phone());
        entry.applicantEmail = blankToNull(content.applicant().email());
        entry.applicantAddress = blankToNull(content.applicant().address());
        entry.subject = content.subject().strip();
        entry.updatedAt = clock.now();
        Optional<ApplicationEvent> conclusion = entry.events.stream()
                .filter(e -> e.type == EventType.CONCLUDED).findFirst();
        if (content.outcome() == null) {
            conclusion.ifPresent(entry.events::remove);
        } else if (conclusion.isPresent()) {
            conclusion.get().outcome = content.outcome();
            conclusion.get().eventDate = content.concludedDate();
        } else {
            entry.events.add(newEvent(entry, EventType.CONCLUDED, content.concludedDate(), content.outcome(), null));
        }
        entry.outcome = content.outcome();
        entry.concludedDate = content.concludedDate();
    }

    private ApplicationEvent newEvent(DisclosureApplication entry, EventType type, LocalDate date,
            Outcome outcome, String note) {
        ApplicationEvent event = new ApplicationEvent();
        event.application = entry;
        event.type = type;
        event.eventDate = date;
        event.outcome = outcome;
        event.note = blankToNull(note);
        event.recordedAt = clock.now();
        return event;
    }

    private DisclosureApplication load(AgencyRef agency, String trackingNumber) {
        return applications.findEntry(agency.id(), trackingNumber).orElseThrow(() -> ApiException.notFound(
                "Agency " + agency.code() + " has no application with tracking number " + trackingNumber));
    }

    private static Versioned<ApplicationView> versioned(DisclosureApplication entry, AgencyRef agency,
            boolean withEvents) {
        return new Versioned<>(ApplicationView.of(entry, agency.code(), withEvents), entry.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
