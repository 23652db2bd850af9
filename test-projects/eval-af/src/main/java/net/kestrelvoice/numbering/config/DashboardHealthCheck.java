package net.kestrelvoice.numbering.config;

import java.text.MessageFormat;

import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Liveness probe exposed through the admin JMX bean: can we still reach the dashboard with
 * our credentials? Uses its own properties so ops can point it at a different environment.
 */
public class DashboardHealthCheck {

    private static final Logger log = LoggerFactory.getLogger(DashboardHealthCheck.class);

    private static final String SITES_URL = "https://dashboard.bandwidth.com/v1.0/accounts/{0}/sites";

    @Value("${health.dashboard.baseUrl:https://dashboard.bandwidth.com/api}")
    private String baseUrl;

    @Value("${dashboard.e911.url}")
    private String e911Url;

    @Value("${dashboard.accountId}")
    private String accountId;

    @Value("${dashboard.username}")
    private String username;

    @Value("${dashboard.password}")
    private String password;

    public boolean sitesReachable() {
        String url = MessageFormat.format(SITES_URL, accountId);
        return ping(url);
    }

    public boolean e911Reachable() {
        return ping(e911Url);
    }

    public boolean accountReachable() {
        return ping(baseUrl + "/accounts/" + accountId);
    }

    private boolean ping(String url) {
        try {
            Response r = WebClient.create(url, username, password, null).accept("application/xml").get();
            return r.getStatus() == 200;
        } catch (RuntimeException e) {
            log.warn("dashboard health check against {} failed: {}", url, e.toString());
            return false;
        }
    }
}
