package net.kestrelwave.integration.hosted;

import java.net.URI;
import java.util.stream.Collectors;

import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * External TNs: numbers on other carriers' networks that we text-enable for enterprise accounts.
 */
@Component
public class ExternalTnsClient {

    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public ExternalTnsClient(RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public String addExternal(HostedBatch batch) {
        return submit(batch, "IMPORT");
    }

    public String removeExternal(HostedBatch batch) {
        return submit(batch, "REMOVE");
    }

    private String submit(HostedBatch batch, String action) {
        String numbers = batch.numbers().stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>\n")
                .collect(Collectors.joining());
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <Action>%s</Action>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>
                %s  </TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(batch.orderRef(), dashboard.getSiteId(), dashboard.getSipPeerId(), action, numbers);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/" + dashboard.getAccountId() + "/externalTns",
                new HttpEntity<>(body, headers), String.class);
    }

    public String completedOrders() {
        URI uri = URI.create(dashboard.getBaseUrl() + "/accounts/" + dashboard.getAccountId() + "/externalTns?status=COMPLETE");
        return dashboardRestTemplate.getForObject(uri, String.class);
    }

    public String order(String orderId) {
        return dashboardRestTemplate.getForObject(String.format("%s/accounts/%s/externalTns/%s", dashboard.getBaseUrl(), dashboard.getAccountId(), orderId), String.class);
    }
}
