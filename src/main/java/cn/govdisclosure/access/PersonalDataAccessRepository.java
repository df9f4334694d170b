package cn.govdisclosure.access;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class PersonalDataAccessRepository implements PanacheRepository<PersonalDataAccess> {

    /** More rows than a page holds; longer lists take one statement per this many. */
    static final int ROWS_PER_STATEMENT = 500;

    /**
     * Inserts the applications an answer showed, in its order, with one multi-row statement (per
     * {@link #ROWS_PER_STATEMENT}): only the tracking numbers are parameters, the answer's id and the places are
     * numbers of our own, so a row costs the driver one string to encode.
     */
    void insertApplications(long accessId, List<String> trackingNumbers) {
        for (int from = 0; from < trackingNumbers.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(from + ROWS_PER_STATEMENT, trackingNumbers.size());
            StringBuilder sql = new StringBuilder("insert into personal_data_access_application "
                    + "(access_id, ordinal, tracking_number) values ");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "(" : ", (").append(accessId).append(", ").append(i).append(", :number")
                        .append(i - from).append(')');
            }
            Query insert = getEntityManager().createNativeQuery(sql.toString());
            for (int i = from; i < to; i++) {
                insert.setParameter("number" + (i - from), trackingNumbers.get(i));
            }
            insert.executeUpdate();
        }
    }
}
