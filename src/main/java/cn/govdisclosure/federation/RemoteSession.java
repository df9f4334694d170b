package cn.govdisclosure.federation;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * The requests of one pull to one source, through the REST clients: each GET is sent with the entity tag last stored
 * for it, counted, and its failure — no answer in time, unreachable, a status other than 200 or 304, a body that is
 * not the expected JSON — turned into a {@link PullFailure} naming the request and the reason.
 */
final class RemoteSession implements AutoCloseable {

    /** An answer: 304 (no body: unchanged since the tag sent), or 200 with its body and entity tag. */
    record Answer(boolean notModified, String body, String entityTag) {
    }

    private final RemoteApi api;
    private final Credentials credentials;
    private final Duration timeout;
    private final ObjectMapper json;
    private String authorization;
    private int requests;
    private int notModified;

    /** How to obtain a bearer token, if the source needs one. */
    record Credentials(String tokenUrl, String clientId, String clientSecret) {
    }

    RemoteSession(String baseUrl, Credentials credentials, Duration timeout, ObjectMapper json) {
        this.api = client(URI.create(baseUrl), timeout, RemoteApi.class);
        this.credentials = credentials;
        this.timeout = timeout;
        this.json = json;
    }

    int requests() {
        return requests;
    }

    int notModified() {
        return notModified;
    }

    /** Sends one GET (described as {@code what}) with If-None-Match when a tag is given. */
    Answer get(String what, String ifNoneMatch, Function<Call, Response> request) {
        String auth = authorization();
        requests++;
        try (Response response = request.apply(new Call(api, auth, ifNoneMatch))) {
            int status = response.getStatus();
            if (status == 304) {
                notModified++;
                return new Answer(true, null, ifNoneMatch);
            }
            if (status != 200) {
                throw new PullFailure("GET " + what + " was answered with HTTP " + status
                        + (status >= 500 ? " (the source failed)" : ""));
            }
            return new Answer(false, response.readEntity(String.class), response.getHeaderString(HttpHeaders.ETAG));
        } catch (ProcessingException e) {
            throw new PullFailure("GET " + what + ": " + describe(e));
        }
    }

    /** The body read as the given type; a body that is not that JSON is a failure naming the request. */
    <T> T read(String what, String body, Class<T> type) {
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new PullFailure("GET " + what + " was answered with an empty body");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new PullFailure("GET " + what + " was answered with a body that is not the expected JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** What one request is sent with. */
    record Call(RemoteApi api, String authorization, String ifNoneMatch) {
    }

    private String authorization() {
        if (credentials == null) {
            return null;
        }
        if (authorization == null) {
            authorization = "Bearer " + token();
        }
        return authorization;
    }

    /** A token of the client-credentials grant from the source's identity provider. */
    private String token() {
        TokenApi tokens = client(URI.create(credentials.tokenUrl()), timeout, TokenApi.class);
        requests++;
        try (Response response = tokens.token("client_credentials", credentials.clientId(),
                credentials.clientSecret())) {
            if (response.getStatus() != 200) {
                throw new PullFailure("the token endpoint " + credentials.tokenUrl() + " answered HTTP "
                        + response.getStatus() + " to the client " + credentials.clientId());
            }
            JsonNode body = json.readTree(response.readEntity(String.class));
            if (body == null || !body.hasNonNull("access_token")) {
                throw new PullFailure("the token endpoint " + credentials.tokenUrl() + " answered without an access_token");
            }
            return body.get("access_token").asText();
        } catch (JsonProcessingException e) {
            throw new PullFailure("the token endpoint " + credentials.tokenUrl() + " answered a body that is not JSON");
        } catch (ProcessingException e) {
            throw new PullFailure("the token endpoint " + credentials.tokenUrl() + ": " + describe(e));
        } finally {
            close(tokens);
        }
    }

    private String describe(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName().toLowerCase();
            String message = String.valueOf(cause.getMessage()).toLowerCase();
            if (cause instanceof TimeoutException || name.contains("timeout") || message.contains("timeout")
                    || message.contains("timed out")) {
                return "no answer within " + timeout.toSeconds() + " s (timeout)";
            }
            if (cause instanceof ConnectException || message.contains("connection refused")) {
                return "the source could not be reached (connection refused)";
            }
            if (message.contains("connection was closed") || message.contains("connection reset")
                    || name.contains("closedchannel")) {
                return "the source closed the connection before answering";
            }
        }
        return "the request failed: " + e.getMessage();
    }

    private static <T> T client(URI uri, Duration timeout, Class<T> type) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(uri)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // every status is answered as a response, read by get(): a 500 is a reason, not an exception
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(type);
    }

    private static void close(Object client) {
        if (client instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing is left to release
            }
        }
    }

    @Override
    public void close() {
        close(api);
    }
}
