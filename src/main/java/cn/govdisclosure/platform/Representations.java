package cn.govdisclosure.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Representations whose strong ETag is made from their bytes, for resources that have no version of their own
 * (computed figures, the formats, lists of revisions): the JSON is written once, with the service's JSON settings,
 * and tagged with a digest of it.
 */
@ApplicationScoped
public class Representations {

    private final ObjectMapper mapper;

    Representations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON of a body as bytes, written as the REST layer would write it. */
    public byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response body could not be written as JSON", e);
        }
    }

    /** 200 with the body's JSON and an ETag made from it. */
    public Response.ResponseBuilder tagged(Object body) {
        byte[] json = json(body);
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tagOf(json));
    }

    /** A strong tag from a digest of the bytes (128 bits of SHA-256). */
    public static EntityTag tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntityTag tagOf(String text) {
        return tagOf(text.getBytes(StandardCharsets.UTF_8));
    }
}
