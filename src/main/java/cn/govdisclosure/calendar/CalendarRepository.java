package cn.govdisclosure.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CalendarRepository implements PanacheRepository<CalendarDay> {

    Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(getEntityManager().find(CalendarYear.class, year));
    }

    List<Integer> years() {
        return getEntityManager().createQuery("select y.noticeYear from CalendarYear y", Integer.class).getResultList();
    }

    List<CalendarDay> daysOf(int year) {
        return list("noticeYear", Sort.by("calendarDate"), year);
    }

    /** Every holiday and make-up working day, as values (not entities the session would watch). */
    List<NoticedDay> allDays() {
        return getEntityManager().createQuery("select d.calendarDate, d.kind from CalendarDay d", NoticedDay.class)
                .getResultList();
    }

    CalendarStamp stamp() {
        Object[] row = getEntityManager().createQuery("select count(y), coalesce(sum(y.version), 0), max(y.updatedAt), "
                + "(select count(d) from CalendarDay d) from CalendarYear y", Object[].class).getSingleResult();
        return new CalendarStamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (Instant) row[2],
                ((Number) row[3]).longValue());
    }

    /** A day that is not as its weekday says. */
    record NoticedDay(LocalDate date, DayKind kind) {
    }

    List<CalendarDay> claimedByOthers(int year, List<LocalDate> days) {
        return list("noticeYear <> ?1 and calendarDate in ?2", year, days);
    }

    void deleteDaysOf(int year) {
        delete("noticeYear", year);
    }
}
