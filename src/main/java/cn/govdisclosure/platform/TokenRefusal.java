package cn.govdisclosure.platform;

import java.util.Map;
import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a token whose signature verified is refused all the same by the service's own token rules. It travels as an
 * attribute of the authentication failure, which is answered 401 like any bad token, with this reason as detail.
 */
public enum TokenRefusal {

    ISSUED_IN_FUTURE("detail.token.issued-in-future"),
    LIFETIME_TOO_LONG("detail.token.lifetime-too-long"),
    ROLES_NOT_AN_ARRAY("detail.token.roles-not-an-array");

    private static final String ATTRIBUTE = "disclosure.token-refusal";

    private final String key;

    TokenRefusal(String key) {
        this.key = key;
    }

    /** The detail of the 401 answer. */
    public Message detail() {
        return Message.of(key);
    }

    /** The authentication failure that carries this reason. */
    public AuthenticationFailedException failure() {
        return new AuthenticationFailedException(Messages.english(detail()), Map.of(ATTRIBUTE, this));
    }

    /** The reason a failure carries, if it is one of these refusals. */
    public static Optional<TokenRefusal> of(AuthenticationFailedException failure) {
        return Optional.ofNullable(failure.getAttribute(ATTRIBUTE));
    }
}
