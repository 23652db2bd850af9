package net.kestrelridge.provisioning.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.DashboardHosts;
import net.kestrelridge.provisioning.dashboard.DashboardHttpClient;
import net.kestrelridge.provisioning.dashboard.DashboardPaths;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthetic check against the production Dashboard: the account answers and the NOC's canary
 * numbers are still in service. Failures page the NOC through the metrics pipeline.
 */
@Singleton
public class DashboardHealthProbe {

    private static final Logger log = LoggerFactory.getLogger(DashboardHealthProbe.class);

    /** Used when canary-numbers.json is missing from the deployment. */
    static final String FALLBACK_PROBE_TN = "9193350143";

    private final DashboardHttpClient client;
    private final DashboardSettings settings;
    private final List<String> probeTns;
    private volatile boolean healthy = true;

    @Inject
    public DashboardHealthProbe(DashboardHttpClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
        this.probeTns = loadProbeTns();
    }

    public void probe() {
        try {
            URI account = new URIBuilder()
                    .setScheme("https")
                    .setHost(DashboardHosts.HOST)
                    .setPath("/api/accounts/" + settings.accountId())
                    .build();
            client.get(account);
            for (String tn : probeTns) {
                URI tnUri = new URIBuilder()
                        .setScheme("https")
                        .setHost(DashboardHosts.HOST)
                        .setPath(DashboardHosts.API_ROOT + DashboardPaths.TNS + tn)
                        .build();
                String xml = client.get(tnUri);
                if (!xml.contains("<TelephoneNumber>" + tn + "</TelephoneNumber>") || !xml.contains("Inservice")) {
                    log.error("canary number {} is not in service on the Dashboard", tn);
                    healthy = false;
                    return;
                }
            }
            healthy = true;
        } catch (URISyntaxException | RuntimeException e) {
            log.error("Dashboard health probe failed", e);
            healthy = false;
        }
    }

    public boolean isHealthy() {
        return healthy;
    }

    private static List<String> loadProbeTns() {
        try (InputStream in = DashboardHealthProbe.class.getClassLoader().getResourceAsStream("canary-numbers.json")) {
            if (in == null) {
                return List.of(FALLBACK_PROBE_TN);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> tns = new ArrayList<>();
            root.path("probeTns").forEach(n -> tns.add(n.asText()));
            return tns.isEmpty() ? List.of(FALLBACK_PROBE_TN) : tns;
        } catch (IOException e) {
            log.warn("could not read canary-numbers.json, using the fallback number", e);
            return List.of(FALLBACK_PROBE_TN);
        }
    }
}
