package cn.govdisclosure.federation;

/** How this instance authenticates to a federation source. */
public enum CredentialsKind {
    /** No token: only what the source publishes (agencies, published reports); no bulk statistics. */
    NONE,
    /** An OAuth2 client of the source's identity provider (client-credentials grant): also its bulk statistics. */
    OAUTH2_CLIENT
}
