package cn.govdisclosure.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.Session;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.calendar.CalendarService;
import cn.govdisclosure.calendar.WorkingDayCalendar;
import cn.govdisclosure.platform.ConstraintMessages;
import cn.govdisclosure.platform.Violation;

/**
 * Writes many ledger entries at once, inside the caller's transaction, with exactly the rules and the stored
 * form of {@link ApplicationService#create}: the same Bean Validation and date rules, the same encryption and
 * derived deadline columns (the entry is built by the same code), but inserted in JDBC batches and without a
 * row-by-row audit trail (the caller records one entry for the whole batch job). The key is agency + tracking
 * number: an entry stored with the same content is unchanged; with other content it is a conflict, or, when
 * {@code replace} is asked for, a correction made through the entity, which the audit trail records.
 */
@ApplicationScoped
public class LedgerBulkWriter {

    /** One entry to write: its position in the source (for reports) and its agency. */
    public record BulkEntry(long position, AgencyRef agency, ApplicationInput input) {
    }

    public enum Result {
        CREATED, UNCHANGED, REPLACED, INVALID, CONFLICT
    }

    /** What became of an entry; {@code errors} for INVALID and CONFLICT. */
    public record BulkOutcome(long position, Result result, List<Violation> errors) {
    }

    private static final String INSERT_APPLICATION = "INSERT INTO disclosure_application (agency_id, tracking_number, "
            + "received_date, channel, applicant_type, applicant_name, applicant_id_number, applicant_phone, "
            + "applicant_email, applicant_address, subject, outcome, concluded_date, deadline_status, due_date, "
            + "working_days_used, working_days_allowed, concluded_on_time, version, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO application_event (application_id, event_type, event_date, "
            + "outcome, note, recorded_at, deadline, working_days, approved_by, counterpart, fee_amount) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ApplicationService service;
    private final ApplicationRepository applications;
    private final CalendarService calendars;
    private final Validator validator;

    LedgerBulkWriter(ApplicationService service, ApplicationRepository applications, CalendarService calendars,
            ValidatorFactory validators) {
        this.service = service;
        this.applications = applications;
        this.calendars = calendars;
        // the entries validated are records, never entities: every property is reachable, so the persistence
        // provider is not asked about loading state for each property of each row (the default resolver does)
        this.validator = validators.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
    }

    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }
    }

    /** The errors of an entry taken on its own (Bean Validation and the date rules), as a create would report them. */
    public List<Violation> validate(ApplicationInput input) {
        List<Violation> errors = new ArrayList<>(ConstraintMessages.violations(validator.validate(input)));
        if (errors.isEmpty()) {
            errors.addAll(service.ruleErrors(input.content()));
        }
        errors.sort(java.util.Comparator.comparing(Violation::field).thenComparing(error -> error.message().key()));
        return errors;
    }

    /**
     * Writes the entries in the caller's transaction and says what became of each, in order. Entries with
     * errors are not written; the others are, so the caller decides by committing or rolling back.
     */
    public List<BulkOutcome> write(List<BulkEntry> entries, boolean replace) {
        EntityManager em = applications.getEntityManager();
        WorkingDayCalendar calendar = calendars.calendar();
        Map<Long, BulkOutcome> outcomes = new HashMap<>();
        Map<Key, BulkEntry> valid = new LinkedHashMap<>();
        for (BulkEntry entry : entries) {
            List<Violation> errors = validate(entry.input());
            if (!errors.isEmpty()) {
                outcomes.put(entry.position(), new BulkOutcome(entry.position(), Result.INVALID, errors));
                continue;
            }
            Key key = new Key(entry.agency().id(), entry.input().trackingNumber());
            BulkEntry first = valid.putIfAbsent(key, entry);
            if (first != null) {
                // the same tracking number twice in one source: a repeat, or two different entries
                boolean same = first.input().equals(entry.input());
                outcomes.put(entry.position(), same ? new BulkOutcome(entry.position(), Result.UNCHANGED, List.of())
                        : new BulkOutcome(entry.position(), Result.CONFLICT, List.of(Violation.of("trackingNumber",
                                "duplicate", "field.repeated-in-upload"))));
            }
        }
        Map<Key, DisclosureApplication> stored = existing(valid.keySet());
        List<DisclosureApplication> created = new ArrayList<>();
        for (Map.Entry<Key, BulkEntry> item : valid.entrySet()) {
            BulkEntry entry = item.getValue();
            DisclosureApplication current = stored.get(item.getKey());
            long position = entry.position();
            if (current == null) {
                created.add(service.newEntry(entry.agency(), entry.input(), calendar));
                outcomes.put(position, new BulkOutcome(position, Result.CREATED, List.of()));
            } else if (service.sameContent(current, entry.input().content())) {
                outcomes.put(position, new BulkOutcome(position, Result.UNCHANGED, List.of()));
            } else if (!replace) {
                outcomes.put(position, new BulkOutcome(position, Result.CONFLICT, List.of(Violation.of(
                        "trackingNumber", "conflict", "field.recorded-otherwise"))));
            } else {
                List<Violation> errors = ApplicationService.timelineErrors(current, entry.input().content());
                if (errors.isEmpty()) {
                    service.replaceContent(current, entry.input().content(), calendar);
                    outcomes.put(position, new BulkOutcome(position, Result.REPLACED, List.of()));
                } else {
                    outcomes.put(position, new BulkOutcome(position, Result.INVALID, errors));
                }
            }
        }
        em.flush();
        if (!created.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> insert(connection, created));
        }
        em.clear();
        return entries.stream().map(entry -> outcomes.get(entry.position())).toList();
    }

    private record Key(long agencyId, String trackingNumber) {
    }

    private Map<Key, DisclosureApplication> existing(Set<Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<Long> agencies = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        keys.forEach(key -> {
            agencies.add(key.agencyId());
            numbers.add(key.trackingNumber());
        });
        if (!anyStored(agencies, numbers)) {
            // a new ledger: no row of the batch is stored yet, so no entity is looked for
            return Map.of();
        }
        Map<Key, DisclosureApplication> found = new HashMap<>();
        applications.find("agencyId in ?1 and trackingNumber in ?2", agencies, numbers).list().forEach(entry -> {
            Key key = new Key(entry.agencyId, entry.trackingNumber);
            if (keys.contains(key)) {
                found.put(key, entry);
            }
        });
        return found;
    }

    /** Whether any stored entry has one of the agencies and one of the tracking numbers (the look-up's condition). */
    private boolean anyStored(Set<Long> agencies, Set<String> numbers) {
        String sql = "SELECT 1 FROM disclosure_application WHERE agency_id IN ("
                + String.join(", ", Collections.nCopies(agencies.size(), "?")) + ") AND tracking_number IN ("
                + String.join(", ", Collections.nCopies(numbers.size(), "?")) + ") LIMIT 1";
        return applications.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 0;
                for (long agency : agencies) {
                    select.setLong(++i, agency);
                }
                for (String number : numbers) {
                    select.setString(++i, number);
                }
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static void insert(Connection connection, List<DisclosureApplication> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_APPLICATION)) {
            for (DisclosureApplication entry : entries) {
                int i = 0;
                insert.setLong(++i, entry.agencyId);
                insert.setString(++i, entry.trackingNumber);
                insert.setObject(++i, entry.receivedDate);
                insert.setString(++i, entry.channel.name());
                insert.setString(++i, entry.applicantType.name());
                insert.setString(++i, entry.applicantName);
                insert.setString(++i, entry.applicantIdNumber);
                insert.setString(++i, entry.applicantPhone);
                insert.setString(++i, entry.applicantEmail);
                insert.setString(++i, entry.applicantAddress);
                insert.setString(++i, entry.subject);
                insert.setString(++i, entry.outcome == null ? null : entry.outcome.name());
                setDate(insert, ++i, entry.concludedDate);
                insert.setString(++i, entry.deadlineStatus.name());
                setDate(insert, ++i, entry.dueDate);
                if (entry.workingDaysUsed == null) {
                    insert.setNull(++i, Types.INTEGER);
                } else {
                    insert.setInt(++i, entry.workingDaysUsed);
                }
                insert.setInt(++i, entry.workingDaysAllowed);
                if (entry.concludedOnTime == null) {
                    insert.setNull(++i, Types.BOOLEAN);
                } else {
                    insert.setBoolean(++i, entry.concludedOnTime);
                }
                insert.setLong(++i, entry.version);
                insert.setObject(++i, utc(entry.createdAt));
                insert.setObject(++i, utc(entry.updatedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<DisclosureApplication> withEvents = entries.stream().filter(entry -> !entry.events.isEmpty()).toList();
        if (withEvents.isEmpty()) {
            return;
        }
        Map<Key, Long> ids = ids(connection, withEvents);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (DisclosureApplication entry : withEvents) {
                long id = ids.get(new Key(entry.agencyId, entry.trackingNumber));
                for (ApplicationEvent event : entry.events) {
                    int i = 0;
                    insert.setLong(++i, id);
                    insert.setString(++i, event.type.name());
                    insert.setObject(++i, event.eventDate);
                    insert.setString(++i, event.outcome == null ? null : event.outcome.name());
                    insert.setString(++i, event.note);
                    insert.setObject(++i, utc(event.recordedAt));
                    setDate(insert, ++i, event.deadline);
                    if (event.workingDays == null) {
                        insert.setNull(++i, Types.INTEGER);
                    } else {
                        insert.setInt(++i, event.workingDays);
                    }
                    insert.setString(++i, event.approvedBy);
                    insert.setString(++i, event.counterpart == null ? null : event.counterpart.name());
                    insert.setBigDecimal(++i, event.feeAmount);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The generated ids of just-inserted entries, read back by their key (safe under any auto-increment mode). */
    private static Map<Key, Long> ids(Connection connection, List<DisclosureApplication> entries) throws SQLException {
        Map<Long, List<String>> byAgency = new LinkedHashMap<>();
        entries.forEach(entry -> byAgency.computeIfAbsent(entry.agencyId, agency -> new ArrayList<>())
                .add(entry.trackingNumber));
        Map<Key, Long> ids = new HashMap<>();
        for (Map.Entry<Long, List<String>> agency : byAgency.entrySet()) {
            List<String> numbers = agency.getValue();
            String marks = String.join(", ", Collections.nCopies(numbers.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT id, tracking_number FROM "
                    + "disclosure_application WHERE agency_id = ? AND tracking_number IN (" + marks + ")")) {
                select.setLong(1, agency.getKey());
                for (int i = 0; i < numbers.size(); i++) {
                    select.setString(i + 2, numbers.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(new Key(agency.getKey(), rows.getString(2)), rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
