package cn.govdisclosure.agency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AgencyRepository implements PanacheRepository<Agency> {

    /** The agency with exactly this code (the database's collation alone would also match "310101 " or "abc"). */
    Optional<Agency> findByCode(String code) {
        return find("code", code).stream().filter(agency -> agency.code.equals(code)).findFirst();
    }

    /**
     * What other features need of the agency with this code, read without loading the entity: the look-up every
     * request naming an agency makes. The code is compared exactly; the column's collation ignores case.
     */
    Optional<AgencyRef> findRef(String code) {
        return getEntityManager().createQuery("select new " + AgencyRef.class.getName() + "(a.id, a.code, a.name, "
                + "a.kind, a.treePath, a.federatedFrom) from Agency a where a.code = :code", AgencyRef.class)
                .setParameter("code", code).getResultStream().filter(agency -> agency.code().equals(code)).findFirst();
    }

    List<Agency> page(String parentCode, int page, int size) {
        return query(parentCode).page(page, size).list();
    }

    long count(String parentCode) {
        return query(parentCode).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Agency> query(String parentCode) {
        return parentCode == null ? findAll(Sort.by("code")) : find("parent.code = ?1", Sort.by("code"), parentCode);
    }

    /** Rewrites the path prefix of every agency below {@code oldPath} (the moved agency included). */
    int movePaths(String oldPath, String newPath) {
        return getEntityManager().createQuery(
                        "update Agency a set a.treePath = concat(:newPath, substring(a.treePath, :cut)) "
                                + "where a.treePath like :prefix")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("prefix", oldPath + "%")
                .executeUpdate();
    }

    List<Agency> subtreeOf(String path) {
        return list("treePath like ?1", path + "%");
    }

    List<Agency> federatedIn(String path) {
        return list("treePath like ?1 and federatedFrom is not null", Sort.by("treePath"), path + "%");
    }

    List<Long> idsOfSubtree(String path) {
        return getEntityManager().createQuery("select a.id from Agency a where a.treePath like :path", Long.class)
                .setParameter("path", path + "%").getResultList();
    }

    /**
     * The tree paths of the agencies with exactly these codes. The database compares codes without regard to case
     * or trailing spaces (its collation), so its candidates are compared again here, character by character: a
     * token naming {@code "310101 "} must not act for agency 310101.
     */
    List<String> treePathsOf(java.util.Collection<String> codes) {
        return getEntityManager()
                .createQuery("select a.code, a.treePath from Agency a where a.code in :codes", Object[].class)
                .setParameter("codes", codes)
                .getResultStream()
                .filter(row -> codes.contains((String) row[0]))
                .map(row -> (String) row[1])
                .toList();
    }
}
