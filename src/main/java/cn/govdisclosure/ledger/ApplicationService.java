package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.govdisclosure.access.Audience;
import cn.govdisclosure.access.PersonalDataAccessLog;
import cn.govdisclosure.access.PersonalDataCipher;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.calendar.CalendarChanged;
import cn.govdisclosure.calendar.CalendarService;
import cn.govdisclosure.calendar.WorkingDayCalendar;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.Identifiers;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.platform.Violation;

/**
 * Records applications and their timelines, enforcing the ledger's rules on dates and outcomes. Every answer shows
 * the applicant's details only to an {@link Audience} entitled to them, and logs each such answer in the
 * personal-data access log, whoever asks.
 */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final PersonalDataCipher cipher;
    private final PersonalDataAccessLog accessLog;
    private final CalendarService calendars;
    private final DeadlineCalculator deadlines;
    private final TimelineRules timelineRules;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;

    ApplicationService(ApplicationRepository applications, PersonalDataCipher cipher, PersonalDataAccessLog accessLog,
            CalendarService calendars, DeadlineRules rules, ServiceClock clock, BusinessMetrics metrics) {
        this.applications = applications;
        this.cipher = cipher;
        this.accessLog = accessLog;
        this.calendars = calendars;
        this.deadlines = new DeadlineCalculator(rules);
        this.timelineRules = new TimelineRules(rules.maxExtensionWorkingDays());
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Records a new application. The same tracking number sent again returns the stored entry when the
     * content agrees (a retry; outcome fields that the retry leaves out are not compared), and is a
     * 409 when it differs.
     */
    @Transactional
    public Creation<ApplicationView> create(AgencyRef agency, ApplicationInput input, Audience audience) {
        ApplicationContent content = input.content();
        checkRules(content);
        Optional<DisclosureApplication> existing = applications.findEntry(agency.id(), input.trackingNumber());
        if (existing.isPresent()) {
            DisclosureApplication entry = existing.get();
            if (!sameSubmission(entry, content)) {
                throw new Conflict(Message.of("detail.application-recorded-otherwise", input.trackingNumber(),
                        agency.code()));
            }
            return new Creation<>(shown(entry, agency, audience, calendars.calendar()), false);
        }
        WorkingDayCalendar calendar = calendars.calendar();
        DisclosureApplication entry = newEntry(agency, input, calendar);
        applications.persistAndFlush(entry);
        metrics.applicationRecorded();
        return new Creation<>(shown(entry, agency, audience, calendar), true);
    }

    /** One application with its timeline, as the audience may see it. */
    public Versioned<ApplicationView> get(AgencyRef agency, String trackingNumber, Audience audience) {
        return shown(load(agency, trackingNumber), agency, audience, calendars.calendar());
    }

    /**
     * A page of the ledger of these agencies as the audience may see it; a page shown with personal data is logged at
     * once, per agency. Only an audience shown applicants' details finds applications by the applicant's name.
     */
    public PageOf<ApplicationView> list(List<AgencyRef> agencies, ApplicationFilter filter, PageRequest paging,
            Audience audience) {
        LocalDate today = clock.today();
        Map<Long, AgencyRef> byId = agencies.stream().collect(Collectors.toMap(AgencyRef::id, agency -> agency));
        var query = applications.filtered(byId.keySet(), filter.criteria(), today, audience.seesPersonalData());
        List<ListedApplication> entries = query.project(ListedApplication.class).page(paging.page(), paging.size())
                .list();
        List<ApplicationView> items = entries.stream()
                .map(entry -> listed(entry, byId.get(entry.agencyId()).code(), audience, today))
                .toList();
        entries.stream().collect(Collectors.groupingBy(ListedApplication::agencyId, java.util.LinkedHashMap::new,
                Collectors.mapping(ListedApplication::trackingNumber, Collectors.toList())))
                .forEach((agencyId, numbers) -> accessLog.record(byId.get(agencyId), numbers, audience));
        return new PageOf<>(items, paging.page(), paging.size(), query.count());
    }

    /** Receives the rows of an export page by page, before each page is written. */
    public interface LedgerPageSink {
        void page(List<LedgerRow> rows) throws java.io.IOException;
    }

    /**
     * Streams the filtered ledger of these agencies in the list's order, {@code pageSize} rows at a time, each page
     * read in a short transaction of its own so that an export of millions of rows holds neither memory nor a
     * connection for long. Personal data only for an audience entitled to it, each page logged before it is shown;
     * otherwise the masked name.
     */
    public void export(List<AgencyRef> agencies, ApplicationFilter filter, Audience audience, int pageSize,
            LedgerPageSink sink) throws java.io.IOException {
        boolean personalData = audience.seesPersonalData();
        Map<Long, AgencyRef> byId = agencies.stream().collect(Collectors.toMap(AgencyRef::id, agency -> agency));
        ApplicationFilter.Criteria criteria = filter.criteria();
        Map<Long, String> codes = agencies.stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::code));
        LocalDate today = clock.today();
        DisclosureApplication after = null;
        while (true) {
            DisclosureApplication cursor = after;
            List<DisclosureApplication> page = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> applications.exportPage(codes.keySet(), criteria, today, cursor, pageSize));
            if (page.isEmpty()) {
                return;
            }
            if (personalData) {
                // one access-log answer per agency of the page, before the page is shown
                page.stream().collect(Collectors.groupingBy(entry -> entry.agencyId, java.util.LinkedHashMap::new,
                        Collectors.mapping(entry -> entry.trackingNumber, Collectors.toList())))
                        .forEach((agencyId, numbers) -> accessLog.record(byId.get(agencyId), numbers, audience));
            }
            sink.page(page.stream().map(entry -> ledgerRow(entry, codes.get(entry.agencyId), personalData)).toList());
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    private LedgerRow ledgerRow(DisclosureApplication entry, String agencyCode, boolean personalData) {
        return personalData
                ? new LedgerRow(agencyCode, entry.trackingNumber, entry.receivedDate, entry.channel, entry.applicantType,
                        entry.applicantName, cipher.decrypt(entry.applicantIdNumber), cipher.decrypt(entry.applicantPhone),
                        entry.applicantEmail, entry.applicantAddress, entry.subject, entry.concludedDate, entry.outcome)
                : new LedgerRow(agencyCode, entry.trackingNumber, entry.receivedDate, entry.channel, entry.applicantType,
                        maskedName(entry), null, null, null, null, entry.subject, entry.concludedDate,
                        entry.outcome);
    }

    /** Replaces the content of a mistaken entry; its conclusion event follows the corrected outcome. */
    @Transactional
    public Versioned<ApplicationView> correct(AgencyRef agency, String trackingNumber, ApplicationUpdate update,
            ExpectedVersion expected, Audience audience) {
        DisclosureApplication entry = load(agency, trackingNumber);
        expected.check(entry.version);
        ApplicationContent content = update.content();
        checkRules(content);
        List<Violation> timelineErrors = timelineErrors(entry, content);
        if (!timelineErrors.isEmpty()) {
            throw new InvalidInput(timelineErrors);
        }
        WorkingDayCalendar calendar = calendars.calendar();
        replaceContent(entry, content, calendar);
        applications.flush();
        return shown(entry, agency, audience, calendar);
    }

    /**
     * Appends an event to the timeline (see {@link TimelineRules} for what may follow what). Concluding an
     * already concluded application with the same date and outcome is a retry and changes nothing.
     */
    @Transactional
    public Creation<ApplicationView> addEvent(AgencyRef agency, String trackingNumber, EventInput event,
            Audience audience) {
        DisclosureApplication entry = load(agency, trackingNumber);
        WorkingDayCalendar calendar = calendars.calendar();
        if (entry.outcome != null && event.type() == EventType.CONCLUDED && event.outcome() == entry.outcome
                && event.date().equals(entry.concludedDate)) {
            return new Creation<>(shown(entry, agency, audience, calendar), false);
        }
        timelineRules.check(trackingNumber, entry.receivedDate, entry.events.stream()
                .map(e -> new TimelineRules.Past(e.type, e.eventDate, e.deadline)).toList(), event, clock.today());
        ApplicationEvent recorded = newEvent(entry, event.type(), event.date(), event.outcome(), event.note());
        recorded.deadline = event.deadline();
        recorded.workingDays = event.workingDays();
        recorded.approvedBy = event.approvedBy() == null ? null : event.approvedBy().strip();
        recorded.counterpart = event.counterpart();
        recorded.feeAmount = event.feeAmount();
        entry.events.add(recorded);
        if (event.type() == EventType.CONCLUDED || event.type() == EventType.WITHDRAWN) {
            // a withdrawal is counted under （六）其他处理 / 3.其他
            entry.outcome = event.type() == EventType.WITHDRAWN ? Outcome.OTHER : event.outcome();
            recorded.outcome = entry.outcome;
            entry.concludedDate = event.date();
        }
        entry.updatedAt = clock.now();
        refreshDeadline(entry, calendar);
        // a new event changes the entry's representation even when no column of its own changes
        applications.getEntityManager().lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        applications.flush();
        return new Creation<>(shown(entry, agency, audience, calendar), true);
    }

    /**
     * Recomputes the stored deadline of every application the replaced calendar year can affect, in the
     * replacing transaction, so no stale due date survives a calendar change.
     */
    void onCalendarChanged(@Observes CalendarChanged change) {
        WorkingDayCalendar calendar = change.calendar();
        int page = 0;
        List<DisclosureApplication> batch;
        do {
            batch = applications.affectedBy(change.firstAffectedDay(), change.lastAffectedDay(), page++, 500);
            batch.forEach(entry -> refreshDeadline(entry, calendar));
            applications.flush();
        } while (batch.size() == 500);
    }

    /** Open applications of these agencies, soonest due first (those whose clock is stopped last). */
    public PageOf<ApplicationView> workQueue(List<AgencyRef> scope, PageRequest paging) {
        Map<Long, String> codes = scope.stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::code));
        var query = applications.openByDueDate(codes.keySet());
        LocalDate today = clock.today();
        List<ApplicationView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(entry -> ApplicationView.of(entry, codes.get(entry.agencyId),
                        new Applicant(maskedName(entry), null, null, null, null),
                        storedDeadline(entry, today), false))
                .toList();
        return new PageOf<>(items, paging.page(), paging.size(), query.count());
    }

    /** The internal id of an application of this agency, for links from other records. */
    Optional<Long> idOf(long agencyId, String trackingNumber) {
        return applications.idOf(agencyId, Identifiers.normalise(trackingNumber));
    }

    Optional<String> trackingNumberOf(long applicationId) {
        return applications.trackingNumberOf(applicationId);
    }

    private void checkRules(ApplicationContent content) {
        List<Violation> errors = ruleErrors(content);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * A new entry as {@link #create} stores it: the content applied, personal data encrypted, the conclusion
     * event added and the deadline columns derived. Not yet persisted (the bulk path inserts it in batches).
     */
    DisclosureApplication newEntry(AgencyRef agency, ApplicationInput input, WorkingDayCalendar calendar) {
        DisclosureApplication entry = new DisclosureApplication();
        entry.agencyId = agency.id();
        entry.trackingNumber = input.trackingNumber();
        entry.createdAt = clock.now();
        apply(entry, input.content());
        refreshDeadline(entry, calendar);
        return entry;
    }

    /** Replaces the content of a stored entry as a correction does, and recomputes its deadline. */
    void replaceContent(DisclosureApplication entry, ApplicationContent content, WorkingDayCalendar calendar) {
        apply(entry, content);
        refreshDeadline(entry, calendar);
    }

    /** Why the content cannot replace the entry's: an event of its timeline would lie before the new receipt. */
    static List<Violation> timelineErrors(DisclosureApplication entry, ApplicationContent content) {
        return entry.events.stream().filter(event -> event.eventDate.isBefore(content.receivedDate())).findFirst()
                .map(event -> List.of(Violation.of("receivedDate", "date-order", "field.after-event", event.type,
                        event.eventDate)))
                .orElse(List.of());
    }

    /**
     * Whether the stored entry holds exactly this content, outcome included (what a bulk import compares: the
     * file is the truth, so an outcome it leaves out differs from a stored one).
     */
    boolean sameContent(DisclosureApplication entry, ApplicationContent content) {
        return sameSubmission(entry, content) && content.outcome() == entry.outcome
                && Objects.equals(content.concludedDate(), entry.concludedDate);
    }

    /** The rules on dates and outcomes that Bean Validation cannot express; empty when the content keeps them. */
    List<Violation> ruleErrors(ApplicationContent content) {
        List<Violation> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (content.receivedDate().isAfter(today)) {
            errors.add(Violation.of("receivedDate", "date-in-future", "field.date-in-future"));
        }
        if ((content.outcome() == null) != (content.concludedDate() == null)) {
            errors.add(Violation.of(content.outcome() == null ? "outcome" : "concludedDate", "invalid",
                    "field.outcome-with-date"));
        }
        if (content.concludedDate() != null) {
            if (content.concludedDate().isBefore(content.receivedDate())) {
                errors.add(Violation.of("concludedDate", "date-order", "field.before-received-date"));
            }
            if (content.concludedDate().isAfter(today)) {
                errors.add(Violation.of("concludedDate", "date-in-future", "field.date-in-future"));
            }
        }
        return errors;
    }

    private boolean sameSubmission(DisclosureApplication entry, ApplicationContent content) {
        Applicant applicant = content.applicant();
        boolean same = entry.receivedDate.equals(content.receivedDate()) && entry.channel == content.channel()
                && entry.applicantType == content.applicantType() && entry.subject.equals(content.subject().strip())
                && entry.applicantName.equals(applicant.name().strip())
                && Objects.equals(cipher.decrypt(entry.applicantIdNumber), blankToNull(applicant.idNumber()))
                && Objects.equals(cipher.decrypt(entry.applicantPhone), blankToNull(applicant.phone()))
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
        entry.applicantIdNumber = cipher.encrypt(blankToNull(content.applicant().idNumber()));
        entry.applicantPhone = cipher.encrypt(blankToNull(content.applicant().phone()));
        entry.applicantEmail = blankToNull(content.applicant().email());
        entry.applicantAddress = blankToNull(content.applicant().address());
        entry.subject = content.subject().strip();
        entry.updatedAt = clock.now();
        Optional<ApplicationEvent> conclusion = entry.events.stream()
                .filter(e -> e.type == EventType.CONCLUDED || e.type == EventType.WITHDRAWN).findFirst();
        if (content.outcome() == null) {
            conclusion.ifPresent(entry.events::remove);
        } else if (conclusion.isPresent()) {
            ApplicationEvent event = conclusion.get();
            if (event.type == EventType.WITHDRAWN && content.outcome() != Outcome.OTHER) {
                event.type = EventType.CONCLUDED;
            }
            event.outcome = content.outcome();
            event.eventDate = content.concludedDate();
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
        return applications.findEntry(agency.id(), Identifiers.normalise(trackingNumber)).orElseThrow(() -> new NotFound(
                Message.of("detail.no-application", agency.code(), trackingNumber)));
    }

    /** One application with its timeline as shown to the audience; logged when it shows personal data. */
    private Versioned<ApplicationView> shown(DisclosureApplication entry, AgencyRef agency, Audience audience,
            WorkingDayCalendar calendar) {
        ApplicationView view = view(entry, agency, true, audience, computeDeadline(entry, calendar));
        accessLog.record(agency, List.of(entry.trackingNumber), audience);
        return new Versioned<>(view, entry.version);
    }

    /** The deadline as of today, from the timeline and the calendar. */
    private Deadline computeDeadline(DisclosureApplication entry, WorkingDayCalendar calendar) {
        return deadlines.compute(entry.receivedDate, entry.events.stream()
                .map(e -> new DeadlineCalculator.Entry(e.type, e.eventDate, e.workingDays)).toList(),
                clock.today(), calendar);
    }

    /** Stores the deadline state that queries filter, sort and aggregate on. */
    private void refreshDeadline(DisclosureApplication entry, WorkingDayCalendar calendar) {
        Deadline deadline = computeDeadline(entry, calendar);
        entry.deadlineStatus = deadline.status();
        entry.dueDate = deadline.dueDate();
        entry.workingDaysAllowed = deadline.workingDaysAllowed();
        entry.workingDaysUsed = deadline.status() == DeadlineStatus.CONCLUDED ? deadline.workingDaysUsed() : null;
        entry.concludedOnTime = deadline.concludedOnTime();
    }

    /** The deadline as stored, for lists: working days so far are shown for concluded entries only. */
    private static Deadline storedDeadline(DisclosureApplication entry, LocalDate today) {
        return storedDeadline(entry.deadlineStatus, entry.dueDate, entry.workingDaysUsed, entry.workingDaysAllowed,
                entry.concludedOnTime, today);
    }

    private static Deadline storedDeadline(DeadlineStatus status, LocalDate dueDate, Integer workingDaysUsed,
            int workingDaysAllowed, Boolean concludedOnTime, LocalDate today) {
        boolean overdue = status == DeadlineStatus.OPEN && dueDate != null && today.isAfter(dueDate);
        return new Deadline(status, dueDate, workingDaysUsed, workingDaysAllowed, overdue, concludedOnTime, null);
    }

    /** A listed entry as the audience may see it, without its timeline. */
    private ApplicationView listed(ListedApplication entry, String agencyCode, Audience audience, LocalDate today) {
        Applicant applicant = audience.seesPersonalData()
                ? new Applicant(entry.applicantName(), cipher.decrypt(entry.applicantIdNumber()),
                        cipher.decrypt(entry.applicantPhone()), entry.applicantEmail(), entry.applicantAddress())
                : new Applicant(maskedName(entry.applicantName()), null, null, null, null);
        return ApplicationView.of(entry, agencyCode, applicant, storedDeadline(entry.deadlineStatus(), entry.dueDate(),
                entry.workingDaysUsed(), entry.workingDaysAllowed(), entry.concludedOnTime(), today));
    }

    private ApplicationView view(DisclosureApplication entry, AgencyRef agency, boolean withEvents,
            Audience audience, Deadline deadline) {
        Applicant applicant = audience.seesPersonalData()
                ? new Applicant(entry.applicantName, cipher.decrypt(entry.applicantIdNumber),
                        cipher.decrypt(entry.applicantPhone), entry.applicantEmail, entry.applicantAddress)
                : new Applicant(maskedName(entry), null, null, null, null);
        return ApplicationView.of(entry, agency.code(), applicant, deadline, withEvents);
    }

    /** The name as those who may not see personal data see it; the retention marker is shown as it is. */
    private static String maskedName(DisclosureApplication entry) {
        return maskedName(entry.applicantName);
    }

    private static String maskedName(String applicantName) {
        return Applicant.ANONYMISED.equals(applicantName) ? applicantName : Applicant.mask(applicantName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
