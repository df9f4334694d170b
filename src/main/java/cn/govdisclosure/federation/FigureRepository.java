package cn.govdisclosure.federation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The federated agencies' figures from their sources' bulk statistics. */
@ApplicationScoped
class FigureRepository implements PanacheRepositoryBase<FederatedFigure, FederatedFigure.Key> {

    List<FederatedFigure> of(long agencyId, int year) {
        return list("agencyId = ?1 and reportYear = ?2", agencyId, year);
    }

    boolean exist(long agencyId, int year) {
        return count("agencyId = ?1 and reportYear = ?2", agencyId, year) > 0;
    }

    /** Replaces the agency's figures of the year; whether any of them changed (or there were none before). */
    boolean replace(long agencyId, int year, List<FederatedFigure> figures) {
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        for (FederatedFigure cell : of(agencyId, year)) {
            before.put(place(cell), cell.amount);
            getEntityManager().detach(cell); // the bulk delete below does not evict them; new cells take their keys
        }
        java.util.Map<String, Long> after = new java.util.HashMap<>();
        figures.forEach(cell -> after.put(place(cell), cell.amount));
        if (!before.isEmpty() && before.equals(after)) {
            return false;
        }
        delete("agencyId = ?1 and reportYear = ?2", agencyId, year);
        flush();
        figures.forEach(this::persist);
        return true;
    }

    private static String place(FederatedFigure cell) {
        return cell.tableCode + "/" + cell.rowCode + "/" + cell.columnCode;
    }
}
