package net.kestrelcable.provisioning.messaging;

import java.util.List;
import java.util.stream.Collectors;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.DashboardEndpoints;
import net.kestrelcable.provisioning.dashboard.DashboardUris;
import net.kestrelcable.provisioning.dashboard.ImportOrdersApi;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderPayload;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderResponsePayload;
import net.kestrelcable.provisioning.dashboard.xml.RemoveImportedTnOrderPayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Hosted messaging: our voice numbers stay on the Kestrel switches, Bandwidth carries their SMS.
 */
@Service
public class HostedMessagingService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private final ImportOrdersApi importOrders;
    private final RestClient restClient;
    private final DashboardUris uris;
    private final DashboardProperties props;
    private final JdbcTemplate jdbc;

    public HostedMessagingService(ImportOrdersApi importOrders,
                                  @Qualifier("dashboardRestClient") RestClient restClient,
                                  DashboardUris uris,
                                  DashboardProperties props,
                                  JdbcTemplate jdbc) {
        this.importOrders = importOrders;
        this.restClient = restClient;
        this.uris = uris;
        this.props = props;
        this.jdbc = jdbc;
    }

    public String importForMessaging(String customerId, String subscriberName, List<String> tns,
                                     ImportTnOrderPayload.ServiceAddress serviceAddress) {
        ImportTnOrderResponsePayload.CheckerResult check = importOrders.check(new ImportTnOrderPayload.CheckerRequest(tns));
        if (check != null && check.errors() != null && !check.errors().isEmpty()) {
            throw new IllegalStateException("importTnChecker rejected " + tns + ": " + check.errors());
        }
        ImportTnOrderPayload order = new ImportTnOrderPayload(
                "HM-" + customerId,
                props.siteId(),
                props.sipPeerId(),
                new ImportTnOrderPayload.Subscriber(subscriberName, serviceAddress),
                subscriberName,
                "CARRIER",
                tns);
        ImportTnOrderResponsePayload response = importOrders.create(order);
        jdbc.update("INSERT INTO hosted_messaging_order (order_id, customer_id, status, tn_count) VALUES (?, ?, ?, ?)",
                response.orderId(), customerId, response.processingStatus(), tns.size());
        log.info("Hosted messaging import {} for {} numbers of customer {}", response.orderId(), tns.size(), customerId);
        return response.orderId();
    }

    /**
     * Business customers that came over with the Tidewater acquisition still use the external TN flow.
     */
    public void addExternalTns(String customerOrderId, List<String> tns) {
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <Action>IMPORT</Action>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>%s</TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(customerOrderId, tnElements(tns));
        restClient.post()
                .uri(uris.externalTns(props.siteId(), props.sipPeerId()))
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public void removeExternalTns(String customerOrderId, List<String> tns) {
        String body = "<ExternalTnsOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<Action>REMOVE</Action><TelephoneNumbers>" + tnElements(tns) + "</TelephoneNumbers></ExternalTnsOrder>";
        restClient.post()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTns",
                        props.accountId(), props.siteId(), props.sipPeerId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public String externalTnsStatus(String orderId) {
        return restClient.get()
                .uri(props.baseUrl() + "/accounts/" + props.accountId() + "/sites/" + props.siteId()
                        + "/sippeers/" + props.sipPeerId() + "/externalTns/" + orderId)
                .retrieve()
                .body(String.class);
    }

    public void release(String customerId, List<String> tns) {
        RemoveImportedTnOrderPayload order = new RemoveImportedTnOrderPayload("HM-REL-" + customerId, tns);
        restClient.post()
                .uri(builder -> builder.pathSegment("accounts", props.accountId(), DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS)
                        .build())
                .contentType(MediaType.APPLICATION_XML)
                .body(order)
                .retrieve()
                .toBodilessEntity();
        jdbc.update("UPDATE hosted_messaging_tn SET released = TRUE WHERE customer_id = ?", customerId);
    }

    public String removalStatus(String orderId) {
        return restClient.get()
                .uri(String.format("/accounts/%s/removeImportedTnOrders/%s", props.accountId(), orderId))
                .retrieve()
                .body(String.class);
    }

    private static String tnElements(List<String> tns) {
        return tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
    }
}
