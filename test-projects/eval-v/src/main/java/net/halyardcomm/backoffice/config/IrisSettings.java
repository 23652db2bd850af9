package net.halyardcomm.backoffice.config;

import org.apache.commons.configuration2.Configuration;

/**
 * Everything the Dashboard integration needs, bound once from the merged configuration
 * (backoffice.properties, iris-endpoints.xml, system properties).
 */
public final class IrisSettings {

    private final String baseUrl;
    private final String sdkUri;
    private final String sdkVersion;
    private final String legacyUri;
    private final String accountId;
    private final String username;
    private final String password;
    private final String siteId;
    private final String sipPeerId;
    private final String callbackUrl;
    private final String callbackExpiry;
    private final int timeoutMillis;

    private IrisSettings(Builder b) {
        this.baseUrl = b.baseUrl;
        this.sdkUri = b.sdkUri;
        this.sdkVersion = b.sdkVersion;
        this.legacyUri = b.legacyUri;
        this.accountId = b.accountId;
        this.username = b.username;
        this.password = b.password;
        this.siteId = b.siteId;
        this.sipPeerId = b.sipPeerId;
        this.callbackUrl = b.callbackUrl;
        this.callbackExpiry = b.callbackExpiry;
        this.timeoutMillis = b.timeoutMillis;
    }

    public static IrisSettings from(Configuration c) {
        return new Builder()
                .baseUrl(c.getString("iris.base-url", "https://dashboard.bandwidth.com/api"))
                .sdkUri(c.getString("iris.sdk.uri", DashboardEndpoints.DASHBOARD_HOST))
                .sdkVersion(c.getString("iris.sdk.version", "v1.0"))
                .legacyUri(c.getString("legacy.uri"))
                .accountId(c.getString("iris.account.id"))
                .username(c.getString("iris.username"))
                .password(c.getString("iris.password"))
                .siteId(c.getString("iris.site.id"))
                .sipPeerId(c.getString("iris.sippeer.id"))
                .callbackUrl(c.getString("callbacks.public-url"))
                .callbackExpiry(c.getString("callbacks.expiry", "3122064000"))
                .timeoutMillis(c.getInt("iris.timeout-millis", 30_000))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String baseUrl() { return baseUrl; }
    public String sdkUri() { return sdkUri; }
    public String sdkVersion() { return sdkVersion; }
    public String legacyUri() { return legacyUri; }
    public String accountId() { return accountId; }
    public String username() { return username; }
    public String password() { return password; }
    public String siteId() { return siteId; }
    public String sipPeerId() { return sipPeerId; }
    public String callbackUrl() { return callbackUrl; }
    public String callbackExpiry() { return callbackExpiry; }
    public int timeoutMillis() { return timeoutMillis; }

    public static final class Builder {
        private String baseUrl;
        private String sdkUri;
        private String sdkVersion;
        private String legacyUri;
        private String accountId;
        private String username;
        private String password;
        private String siteId;
        private String sipPeerId;
        private String callbackUrl;
        private String callbackExpiry;
        private int timeoutMillis = 30_000;

        public Builder baseUrl(String v) { this.baseUrl = v; return this; }
        public Builder sdkUri(String v) { this.sdkUri = v; return this; }
        public Builder sdkVersion(String v) { this.sdkVersion = v; return this; }
        public Builder legacyUri(String v) { this.legacyUri = v; return this; }
        public Builder accountId(String v) { this.accountId = v; return this; }
        public Builder username(String v) { this.username = v; return this; }
        public Builder password(String v) { this.password = v; return this; }
        public Builder siteId(String v) { this.siteId = v; return this; }
        public Builder sipPeerId(String v) { this.sipPeerId = v; return this; }
        public Builder callbackUrl(String v) { this.callbackUrl = v; return this; }
        public Builder callbackExpiry(String v) { this.callbackExpiry = v; return this; }
        public Builder timeoutMillis(int v) { this.timeoutMillis = v; return this; }

        public IrisSettings build() {
            return new IrisSettings(this);
        }
    }
}
