package cn.govdisclosure.access;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the personal-data access log. */
@Schema(name = "PersonalDataAccess")
public record PersonalDataAccessView(String agencyCode, String trackingNumber, String reader, Instant accessedAt) {
}
