package net.kestrelcable.provisioning.dashboard;

import java.util.List;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.xml.NpaNxxPayload;
import net.kestrelcable.provisioning.dashboard.xml.OrderPayload;
import net.kestrelcable.provisioning.dashboard.xml.OrderResponsePayload;
import net.kestrelcable.provisioning.dashboard.xml.SearchResultPayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Thin wrapper over the Dashboard RestClient for ordering and searching numbers.
 */
@Component
public class DashboardClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardClient.class);

    private final RestClient restClient;
    private final DashboardProperties props;

    public DashboardClient(@Qualifier("dashboardRestClient") RestClient restClient, DashboardProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 3, backoff = @Backoff(delay = 2000, multiplier = 2))
    public List<String> searchAvailable(String areaCode, int quantity) {
        SearchResultPayload result = restClient.get()
                .uri(builder -> builder.path("/accounts/{accountId}/availableNumbers")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .queryParam("enableTNDetail", false)
                        .build(props.accountId()))
                .retrieve()
                .body(SearchResultPayload.class);
        List<String> numbers = result == null ? List.of() : result.numbers();
        log.debug("availableNumbers areaCode={} returned {} numbers", areaCode, numbers.size());
        return numbers;
    }

    public List<String> searchByNpaNxx(String npaNxx, int quantity) {
        SearchResultPayload result = restClient.get()
                .uri(builder -> builder.path("/accounts/{accountId}/availableNumbers")
                        .queryParam("npaNxx", npaNxx)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .body(SearchResultPayload.class);
        return result == null ? List.of() : result.numbers();
    }

    public NpaNxxPayload availableNpaNxx(String areaCode) {
        return restClient.get()
                .uri("/accounts/{accountId}/availableNpaNxx?areaCode={areaCode}", props.accountId(), areaCode)
                .retrieve()
                .body(NpaNxxPayload.class);
    }

    public int inServiceCount(String areaCode) {
        String xml = restClient.get()
                .uri("/accounts/{accountId}/inserviceNumbers/totals?countryCodeA3={cc}&areaCode={areaCode}",
                        props.accountId(), props.countryCodeA3(), areaCode)
                .retrieve()
                .body(String.class);
        if (xml == null) {
            return 0;
        }
        int start = xml.indexOf("<Count>");
        int end = xml.indexOf("</Count>");
        return start < 0 || end < 0 ? 0 : Integer.parseInt(xml.substring(start + 7, end).trim());
    }

    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 3, backoff = @Backoff(delay = 2000))
    public OrderResponsePayload createOrder(OrderPayload order) {
        ResponseEntity<OrderResponsePayload> response = restClient.post()
                .uri("/accounts/{accountId}/orders", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(order)
                .retrieve()
                .toEntity(OrderResponsePayload.class);
        log.info("Order {} accepted with status {}", order.customerOrderId(), response.getStatusCode());
        return response.getBody();
    }

    public OrderResponsePayload getOrder(String orderId) {
        return restClient.get()
                .uri("/accounts/{accountId}/orders/{orderId}", props.accountId(), orderId)
                .retrieve()
                .body(OrderResponsePayload.class);
    }

    public String tnDetails(String tn) {
        return restClient.get()
                .uri("/tns/{tn}/tndetails", tn)
                .retrieve()
                .body(String.class);
    }

    public void disconnect(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder()
                .append("<DisconnectTelephoneNumberOrder>")
                .append("<name>").append(customerOrderId).append("</name>")
                .append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType>")
                .append("</DisconnectTelephoneNumberOrder>");
        restClient.post()
                .uri("/accounts/{accountId}/disconnects", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString())
                .retrieve()
                .toBodilessEntity();
    }
}
