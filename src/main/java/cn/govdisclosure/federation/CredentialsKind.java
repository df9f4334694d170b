package cn.govdisclosure.federation;

import cn.govdisclosure.platform.Labelled;

/** How this instance authenticates to a federation source. */
public enum CredentialsKind implements Labelled {
    /** No token: only what the source publishes (agencies, published reports); no bulk statistics. */
    NONE,
    /** An OAuth2 client of the source's identity provider (client-credentials grant): also its bulk statistics. */
    OAUTH2_CLIENT;

    @Override
    public String zh() {
        return switch (this) {
            case NONE -> "无凭据（仅公开数据）";
            case OAUTH2_CLIENT -> "OAuth2 客户端";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case NONE -> "None (published data only)";
            case OAUTH2_CLIENT -> "OAuth2 client";
        };
    }
}
