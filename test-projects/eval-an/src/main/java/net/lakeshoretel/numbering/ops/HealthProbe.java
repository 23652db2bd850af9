package net.lakeshoretel.numbering.ops;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardUrls;
import net.lakeshoretel.numbering.notify.BandwidthNotifications;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.apache.flink.api.java.utils.ParameterTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Pre-flight check run before the job is (re)deployed and by {@code numbers health}: the Dashboard
 * must answer for a number we own, and its order search must find that number's order.
 */
public class HealthProbe {

    private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);
    private static final long CANARY_TN = 2695550111L;

    private final JobSettings settings;
    private final DashboardTransport transport;
    private final String canaryTn;

    public HealthProbe(JobSettings settings, ParameterTool params, DashboardTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.canaryTn = params.get("health.canary-tn", Long.toString(CANARY_TN));
    }

    public boolean run() {
        boolean ok = status(canaryDetailsUrl()) == 200 && status(canaryOrdersUrl()) == 200;
        if (!ok && !settings.nocPagerNumber().isEmpty()) {
            try {
                new BandwidthNotifications(settings.accountId(), settings.username(), settings.password(),
                        settings.messagingApplicationId(), "noc-pager", settings.notifyFromNumber())
                        .callNoc(settings.nocPagerNumber(), "Dashboard health probe failed");
            } catch (Exception e) {
                LOG.error("Could not page the NOC", e);
            }
        }
        return ok;
    }

    HttpUrl canaryDetailsUrl() {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("dashboard.bandwidth.com")
                .addPathSegment("api")
                .addPathSegment("tns")
                .addPathSegment(canaryTn)
                .addPathSegment("tndetails")
                .build();
    }

    HttpUrl canaryOrdersUrl() {
        return new DashboardUrls(settings).account("orders").newBuilder()
                .addQueryParameter("tn", "6165550100")
                .addQueryParameter("size", "1")
                .build();
    }

    private int status(HttpUrl url) {
        try {
            return transport.execute(new Request.Builder().url(url).get().build()).get(10, TimeUnit.SECONDS).status();
        } catch (Exception e) {
            LOG.warn("Health probe {} failed", url.encodedPath(), e);
            return -1;
        }
    }
}
