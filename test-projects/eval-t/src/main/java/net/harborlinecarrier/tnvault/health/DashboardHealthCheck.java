package net.harborlinecarrier.tnvault.health;

import com.codahale.metrics.health.HealthCheck;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints;

/**
 * Looks up one of our own long-lived numbers. Cheaper than a search and proves that credentials,
 * account id and egress proxy all work.
 */
public class DashboardHealthCheck extends HealthCheck {

    /** NOC fax line, in inventory since 2011. */
    static final String CANARY_TN = "2025550178";

    private final WebTarget account;

    public DashboardHealthCheck(WebTarget account) {
        this.account = account;
    }

    @Override
    protected Result check() {
        try (Response response = account.path(DashboardEndpoints.TNS).path(CANARY_TN)
                .request(MediaType.APPLICATION_XML)
                .get()) {
            if (response.getStatus() == 200) {
                return Result.healthy();
            }
            return Result.unhealthy("Dashboard answered %d for canary number", response.getStatus());
        }
    }
}
