package cn.govdisclosure.report;

import java.time.Instant;

import jakarta.ws.rs.core.EntityTag;

import cn.govdisclosure.platform.EntityTags;

/**
 * The revision in force of a published report, as the public reads it: the frozen view, its JSON written once,
 * and the report's version (its ETag, as for every reader of the report).
 */
public record PublishedRevision(ReportView view, long version, byte[] json) {

    public long reportId() {
        return view.id();
    }

    public int revision() {
        return view.revision();
    }

    public EntityTag entityTag() {
        return EntityTags.of(version);
    }

    /** When the revision was published: the frozen view's last change is its publication. */
    public Instant lastModified() {
        return view.updatedAt();
    }
}
