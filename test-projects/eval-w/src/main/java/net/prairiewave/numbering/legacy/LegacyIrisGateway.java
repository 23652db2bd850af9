package net.prairiewave.numbering.legacy;

import net.prairiewave.numbering.dashboard.DashboardHttp;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Gateway kept for the acquired NorthStar Telecom accounts, which still authenticate against the
 * legacy inetwork host. Scheduled for retirement with the NorthStar billing migration.
 */
public class LegacyIrisGateway {

    public static final String NORTHSTAR_BASE = "https://api.inetwork.com/v1.0";

    private final DashboardHttp http;
    private final String accountId;

    public LegacyIrisGateway(String accountId, String username, String password) {
        this.accountId = accountId;
        this.http = new DashboardHttp(NORTHSTAR_BASE, accountId, username, password, Duration.ofSeconds(30));
    }

    public String orders() {
        return http.get("/accounts/" + accountId + "/orders");
    }

    public String ordersViaUri() throws URISyntaxException {
        URI uri = new URI("https", "api.inetwork.com", "/v1.0/accounts/" + accountId + "/orders", null);
        return http.getAbsolute(uri.toString());
    }

    public String e911Addresses() {
        return http.get("/accounts/" + accountId + "/addresses");
    }
}
