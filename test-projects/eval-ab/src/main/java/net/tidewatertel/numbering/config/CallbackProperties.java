package net.tidewatertel.numbering.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Dashboard should post order notifications, and how it authenticates.
 */
@ConfigurationProperties(prefix = "tidewater.callbacks")
public class CallbackProperties {

    /** Public URL of {@code DashboardCallbackController}, as seen from the internet. */
    private String publicBaseUrl = "https://numbering.tidewatertel.net";
    private String username = "dashboard-cb";
    private String password;

    /** Subscription expiry, epoch seconds (the Dashboard wants an absolute instant). */
    private long expiry = 3122064000L;

    /** Register the Dashboard subscriptions when the application starts (off in tests). */
    private boolean registerOnStartup = true;

    /** Ops mailbox for port-in digests. */
    private String digestEmail = "porting-desk@tidewatertel.net";

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getExpiry() {
        return expiry;
    }

    public void setExpiry(long expiry) {
        this.expiry = expiry;
    }

    public boolean isRegisterOnStartup() {
        return registerOnStartup;
    }

    public void setRegisterOnStartup(boolean registerOnStartup) {
        this.registerOnStartup = registerOnStartup;
    }

    public String getDigestEmail() {
        return digestEmail;
    }

    public void setDigestEmail(String digestEmail) {
        this.digestEmail = digestEmail;
    }
}
