package cn.govdisclosure.report;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Freezes a report view as JSON at publication and reads it back unchanged. Snapshots written by an older version
 * of the service stay readable: fields added since read as null.
 */
@ApplicationScoped
class ReportSnapshots {

    private final ObjectMapper mapper;
    private final ObjectMapper responses;

    ReportSnapshots(ObjectMapper mapper) {
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.responses = mapper;
    }

    /** The view as the API answers it in JSON (the service's JSON settings). */
    byte[] json(ReportView view) {
        try {
            return responses.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report view could not be written as JSON", e);
        }
    }

    String freeze(ReportView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report view could not be written as JSON", e);
        }
    }

    ReportView thaw(String snapshot) {
        try {
            return mapper.readValue(snapshot, ReportView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report snapshot could not be read", e);
        }
    }
}
