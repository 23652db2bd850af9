package net.kestreltel.portdesk.config;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/** Credentials and coordinates of our Dashboard account, bound from application.properties. */
public class DashboardSettings {

    private final String baseUrl;
    private final String accountId;
    private final String username;
    private final String password;
    private final String siteId;
    private final String sipPeerId;

    @Inject
    public DashboardSettings(@Named("dashboard.baseUrl") String baseUrl,
                             @Named("dashboard.accountId") String accountId,
                             @Named("dashboard.username") String username,
                             @Named("dashboard.password") String password,
                             @Named("dashboard.siteId") String siteId,
                             @Named("dashboard.sipPeerId") String sipPeerId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String siteId() {
        return siteId;
    }

    public String sipPeerId() {
        return sipPeerId;
    }

    /** Account-level root, e.g. {@code https://dashboard.bandwidth.com/api/accounts/9900123}. */
    public String accountRoot() {
        return baseUrl + "/accounts/" + accountId;
    }
}
