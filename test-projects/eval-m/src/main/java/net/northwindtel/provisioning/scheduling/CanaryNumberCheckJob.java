package net.northwindtel.provisioning.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.monitoring.iris.IrisClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * Every five minutes: looks up our canary number on the Dashboard and pages the NOC through IRIS
 * when the lookup fails or the number is no longer ours.
 */
@Slf4j
@Component
public class CanaryNumberCheckJob {

    private final RestClient restClient;
    private final DashboardProperties dashboard;
    private final String canaryTn;
    private final IrisClient incidents;
    private final XmlMapper xml = new XmlMapper();

    public CanaryNumberCheckJob(@Qualifier("dashboardRestClient") RestClient restClient,
                                DashboardProperties dashboard,
                                @Value("${provisioning.canary-tn:9198675309}") String canaryTn,
                                @Value("${noc.iris.team:provisioning}") String team,
                                @Value("${noc.iris.user:svc-provisioning}") String user,
                                @Value("${noc.iris.password:}") String password) {
        this.restClient = restClient;
        this.dashboard = dashboard;
        this.canaryTn = canaryTn;
        this.incidents = new IrisClient(team, user, password);
    }

    @Scheduled(fixedRateString = "${provisioning.jobs.canary-rate:PT5M}")
    public void check() {
        URI uri = UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                .path("/api/accounts/{accountId}/tns/{tn}")
                .buildAndExpand(dashboard.getAccountId(), canaryTn)
                .toUri();
        try {
            JsonNode details = xml.readTree(restClient.get().uri(uri).retrieve().body(String.class));
            String fullNumber = details.path("TelephoneNumberDetails").path("FullNumber").asText();
            String status = details.path("TelephoneNumberDetails").path("Status").asText();
            if (!canaryTn.equals(fullNumber) || !"Inservice".equalsIgnoreCase(status)) {
                incidents.raise("P3", "Canary number lookup returned " + fullNumber + " / " + status);
            }
        } catch (Exception e) {
            log.error("Canary lookup against https://dashboard.bandwidth.com/api/accounts/{}/tns failed", dashboard.getAccountId(), e);
            incidents.raise("P2", "Dashboard canary lookup failed: " + e.getMessage());
        }
    }
}
