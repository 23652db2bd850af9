package net.tidewaterconnect.numbering.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * External TNs: numbers of reseller customers that we only enable for messaging. The ops runbook
 * calls these "off-net numbers".
 */
@Component
public class ExternalTnsClient {

    private static final String EXTERNAL_TNS_ORDER = """
            <ExternalTnsOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <SipPeerId>%s</SipPeerId>
                <Action>%s</Action>
                <LoaType>CARRIER</LoaType>
                <TelephoneNumbers>
            %s
                </TelephoneNumbers>
            </ExternalTnsOrder>
            """;

    private final RestClient dashboard;
    private final DashboardProperties props;

    public ExternalTnsClient(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public String addOffNet(String customerOrderId, List<String> telephoneNumbers) {
        return submit(customerOrderId, "IMPORT", telephoneNumbers);
    }

    public String removeOffNet(String customerOrderId, List<String> telephoneNumbers) {
        return submit(customerOrderId, "REMOVE", telephoneNumbers);
    }

    private String submit(String customerOrderId, String action, List<String> telephoneNumbers) {
        String tns = telephoneNumbers.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = EXTERNAL_TNS_ORDER.formatted(customerOrderId, props.defaultSiteId(),
                props.defaultSipPeerId(), action, tns);
        String url = String.format("%s/accounts/%s/externalTns", props.baseUrl(), props.accountId());
        return dashboard.post()
                .uri(url)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String orderStatus(String orderId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/externalTns/{orderId}", orderId)
                .retrieve()
                .body(String.class);
    }

    public String listOrders() {
        return dashboard.get().uri(DashboardPaths.EXTERNAL_TNS).retrieve().body(String.class);
    }
}
