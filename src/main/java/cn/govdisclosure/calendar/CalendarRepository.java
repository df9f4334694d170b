package cn.govdisclosure.calendar;

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

    List<CalendarDay> allDays() {
        return listAll();
    }

    List<CalendarDay> claimedByOthers(int year, List<LocalDate> days) {
        return list("noticeYear <> ?1 and calendarDate in ?2", year, days);
    }

    void deleteDaysOf(int year) {
        delete("noticeYear", year);
    }
}
