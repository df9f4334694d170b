package cn.govdisclosure.agency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AgencyRepository implements PanacheRepository<Agency> {

    Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
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

    List<String> treePathsOf(java.util.Collection<String> codes) {
        return getEntityManager().createQuery("select a.treePath from Agency a where a.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList();
    }
}
