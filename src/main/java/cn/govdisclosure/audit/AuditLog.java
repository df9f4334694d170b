package cn.govdisclosure.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;

/** Reads the audit trail: by record (a record's entries include those of its parts) and by agency, newest first. */
@ApplicationScoped
class AuditLog implements PanacheRepository<AuditEntry> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgencyService agencies;

    AuditLog(AgencyService agencies) {
        this.agencies = agencies;
    }

    /** The filter as a query; a record's parts match by their parent (a report's sections under the report). */
    record Filter(String entityType, String entityId, Long agencyId) {

        String where(Map<String, Object> parameters) {
            StringBuilder where = new StringBuilder("1 = 1");
            if (entityType != null && entityId != null) {
                where.append(" and ((entityType = :type and entityId = :id) or (rootType = :type and rootId = :id))");
            } else if (entityType != null) {
                where.append(" and (entityType = :type or rootType = :type)");
            } else if (entityId != null) {
                where.append(" and (entityId = :id or rootId = :id)");
            }
            if (entityType != null) {
                parameters.put("type", entityType);
            }
            if (entityId != null) {
                parameters.put("id", entityId);
            }
            if (agencyId != null) {
                where.append(" and agencyId = :agency");
                parameters.put("agency", agencyId);
            }
            return where.toString();
        }
    }

    PageOf<AuditEntryView> search(Filter filter, PageRequest paging) {
        Map<String, Object> parameters = new HashMap<>();
        var found = find(filter.where(parameters), Sort.descending("occurredAt").and("id", Sort.Direction.Descending),
                parameters);
        List<AuditEntryView> items = found.page(paging.page(), paging.size()).list().stream().map(this::view).toList();
        return new PageOf<>(items, paging.page(), paging.size(), found.count());
    }

    /** The agencies whose records match the filter (null for records of no agency). */
    List<Long> agenciesOf(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager().createQuery(
                "select distinct agencyId from AuditEntry where " + filter.where(parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(50).getResultList();
    }

    private AuditEntryView view(AuditEntry entry) {
        String agencyCode = entry.agencyId == null ? null : agencies.byId(entry.agencyId).code();
        return new AuditEntryView(entry.id, entry.occurredAt, entry.actor, entry.action, entry.entityType,
                entry.entityId, entry.rootType, entry.rootId, agencyCode, changes(entry.changes));
    }

    private static List<FieldChange> changes(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<FieldChange>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry's changes could not be read", e);
        }
    }
}
