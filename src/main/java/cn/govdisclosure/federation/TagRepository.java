package cn.govdisclosure.federation;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The entity tags of a source's resources. */
@ApplicationScoped
class TagRepository implements PanacheRepositoryBase<RemoteTag, RemoteTag.Key> {

    /** Resource → entity tag, for one source. */
    Map<String, String> of(long sourceId) {
        return list("sourceId", sourceId).stream()
                .collect(Collectors.toMap(tag -> tag.resource, tag -> tag.entityTag));
    }

    void store(long sourceId, String resource, String entityTag) {
        RemoteTag tag = find("sourceId = ?1 and resource = ?2", sourceId, resource).firstResult();
        if (tag == null) {
            tag = new RemoteTag();
            tag.sourceId = sourceId;
            tag.resource = resource;
            tag.entityTag = entityTag;
            persist(tag);
        } else {
            tag.entityTag = entityTag;
        }
    }
}
