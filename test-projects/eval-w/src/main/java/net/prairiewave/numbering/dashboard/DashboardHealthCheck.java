package net.prairiewave.numbering.dashboard;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Liveness probe for the Dashboard dependency: fetches the details of our own main line, which
 * always exists on the account.
 */
public class DashboardHealthCheck {

    private static final Logger LOG = Logger.getLogger(DashboardHealthCheck.class.getName());
    static final String CANARY_TN = "6053310400";

    private final DashboardHttp http;

    public DashboardHealthCheck(DashboardHttp http) {
        this.http = http;
    }

    public boolean healthy() {
        try {
            http.get("/tns/" + CANARY_TN + "/tndetails");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dashboard health check failed for GET /tns/6053310400/tndetails", e);
            return false;
        }
    }
}
