package cn.govdisclosure.federation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/** The entity tag a source last sent for one of its resources, sent back in If-None-Match on the next pull. */
@Entity
@NoAuditTrail("a cache validator of the pulls, written with what it validates")
@IdClass(RemoteTag.Key.class)
@Table(name = "federation_tag")
public class RemoteTag {

    @Id
    @Column(name = "source_id")
    long sourceId;

    @Id
    @Column(name = "resource", length = 300)
    String resource;

    @Column(name = "entity_tag", nullable = false, length = 200)
    String entityTag;

    /** The composite key. */
    public static class Key implements Serializable {
        long sourceId;
        String resource;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sourceId == sourceId && Objects.equals(key.resource, resource);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, resource);
        }
    }
}
