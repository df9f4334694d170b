package cn.govdisclosure.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request as its verified token describes it: a name, roles from
 * {@code groups}, and the codes of the agencies it acts for from the {@code agencies} claim (each code
 * covers that agency's whole subtree).
 */
@RequestScoped
public class Caller {

    public static final String AGENCIES_CLAIM = "agencies";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String name() {
        return isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return !isAnonymous() && identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** Checks that there is a caller: a request without a valid token is refused with {@link Unauthenticated}. */
    public void requireAuthenticated() {
        if (isAnonymous()) {
            throw new Unauthenticated(Message.of("detail.token-required"));
        }
    }

    /** Checks that the caller is an admin, who may do everything everywhere. */
    public void requireAdmin() {
        requireAuthenticated();
        if (!has(Roles.ADMIN)) {
            throw new Forbidden(Message.of("detail.needs-role", Roles.ADMIN));
        }
    }

    /** The agency codes of the {@code agencies} claim: a JSON array of strings, or one space-separated string. */
    public Set<String> agencyCodes() {
        Set<String> codes = new LinkedHashSet<>();
        if (isAnonymous()) {
            return codes;
        }
        Object claim = token.getClaim(AGENCIES_CLAIM);
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    codes.add(string.getString());
                }
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> codes.add(String.valueOf(value).replace("\"", "")));
        } else if (claim instanceof JsonString string) {
            codes.addAll(Arrays.asList(string.getString().trim().split("\\s+")));
        } else if (claim instanceof String string && !string.isBlank()) {
            codes.addAll(Arrays.asList(string.trim().split("\\s+")));
        }
        return codes;
    }
}
