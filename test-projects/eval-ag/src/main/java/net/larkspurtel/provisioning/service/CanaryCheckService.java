package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardClient.DashboardException;
import net.larkspurtel.provisioning.model.TnDetailsXml;

/**
 * Post-deploy smoke check: reads the NOC canary number and its E911 address back from the
 * Dashboard. Alerting fires when this fails twice in a row.
 */
public class CanaryCheckService {

    private static final Logger LOG = Logger.getLogger(CanaryCheckService.class.getName());

    static final long CANARY_TN = 9195550100L;
    /** First deploy with the canary; older alert history is not comparable. */
    static final long CANARY_SINCE_EPOCH_SECONDS = 1718236800L;

    private final DashboardClient dashboard;
    private final DashboardSettings settings;

    public CanaryCheckService(DashboardClient dashboard) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
    }

    public boolean check() {
        try {
            GenericUrl url = new GenericUrl(settings.baseUrl() + "/tns/" + CANARY_TN + "/tndetails");
            TnDetailsXml details = dashboard.get(url, TnDetailsXml.class);
            boolean ok = details.details != null && details.details.fullNumber == CANARY_TN;
            LOG.info(() -> "canary " + (ok ? "OK" : "MISMATCH") + " via " + settings.baseUrl()
                    + " (tracked since " + CANARY_SINCE_EPOCH_SECONDS + ")");
            return ok && e911Present();
        } catch (DashboardException e) {
            LOG.warning("canary failed with " + e.statusCode() + "; is the base still https://dashboard.bandwidth.com/api ?");
            return false;
        } catch (IOException e) {
            LOG.warning("canary failed: " + e.getMessage());
            return false;
        }
    }

    private boolean e911Present() throws IOException {
        GenericUrl url = new GenericUrl(settings.baseUrl() + "/tns/9195550100/e911");
        return !dashboard.getRaw(url).isBlank();
    }
}
