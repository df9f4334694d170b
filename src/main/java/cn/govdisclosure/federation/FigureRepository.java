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

    void replace(long agencyId, int year, List<FederatedFigure> figures) {
        delete("agencyId = ?1 and reportYear = ?2", agencyId, year);
        flush();
        figures.forEach(this::persist);
    }
}
