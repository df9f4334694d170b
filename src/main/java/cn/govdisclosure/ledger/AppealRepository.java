package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AppealRepository implements PanacheRepository<Appeal> {

    Optional<Appeal> findCase(long agencyId, String caseNumber) {
        return find("agencyId = ?1 and caseNumber = ?2", agencyId, caseNumber).firstResultOptional();
    }

    Optional<Appeal> findInAgency(long agencyId, long id) {
        return find("agencyId = ?1 and id = ?2", agencyId, id).firstResultOptional();
    }

    PanacheQuery<Appeal> filtered(long agencyId, AppealFilter.Criteria filter) {
        List<String> conditions = new ArrayList<>(List.of("agencyId = :agency"));
        Map<String, Object> parameters = new HashMap<>(Map.of("agency", agencyId));
        if (filter.filedYear() != null) {
            conditions.add("filedDate between :from and :to");
            parameters.put("from", LocalDate.of(filter.filedYear(), 1, 1));
            parameters.put("to", LocalDate.of(filter.filedYear(), 12, 31));
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.result() != null) {
            conditions.add("result = :result");
            parameters.put("result", filter.result());
        }
        return find(String.join(" and ", conditions), Sort.by("filedDate").and("id"), parameters);
    }
}
