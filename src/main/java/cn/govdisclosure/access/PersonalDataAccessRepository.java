package cn.govdisclosure.access;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class PersonalDataAccessRepository implements PanacheRepository<PersonalDataAccess> {

    /** More rows than a page holds; longer lists take one statement per this many. */
    static final int ROWS_PER_STATEMENT = 500;

    /**
     * Inserts one entry per tracking number with one multi-row statement (per {@link #ROWS_PER_STATEMENT}): the
     * entity insert would cost a statement and a round trip per row, since identity keys cannot be batched.
     */
    void insertAll(long agencyId, String agencyCode, List<String> trackingNumbers, String reader, Instant at) {
        for (int from = 0; from < trackingNumbers.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(from + ROWS_PER_STATEMENT, trackingNumbers.size());
            List<String> rows = trackingNumbers.subList(from, to);
            StringBuilder sql = new StringBuilder("insert into personal_data_access "
                    + "(agency_id, agency_code, tracking_number, reader, accessed_at) values ");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:agencyId, :agencyCode, :number").append(i)
                        .append(", :reader, :at)");
            }
            Query insert = getEntityManager().createNativeQuery(sql.toString())
                    .setParameter("agencyId", agencyId)
                    .setParameter("agencyCode", agencyCode)
                    .setParameter("reader", reader)
                    .setParameter("at", at);
            for (int i = 0; i < rows.size(); i++) {
                insert.setParameter("number" + i, rows.get(i));
            }
            insert.executeUpdate();
        }
    }
}
