package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.dashboard.DashboardPaths.IMPORT_TN_CHECKER;
import static net.kestreltel.numgate.dashboard.DashboardPaths.IMPORT_TN_ORDERS;
import static net.kestreltel.numgate.dashboard.DashboardPaths.REMOVE_IMPORTED_TN_ORDERS;

import java.util.List;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.ImportTnOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Hosted messaging: numbers whose voice service stays with another carrier but whose SMS we
 * route through Bandwidth. Replaces the SDK calls of {@code LegacyIrisAdapter} (NUMGW-412).
 */
@Component
public class HostedMessagingClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public HostedMessagingClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                                 DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    /** Submits an import order and answers the new order id. */
    public Mono<String> importNumbers(List<String> numbers, String customerOrderId, String authorizingPerson) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, props.siteId(), props.sipPeerId(),
                authorizingPerson, numbers);
        return dashboard.post()
                .uri(IMPORT_TN_ORDERS, props.accountId())
                .bodyValue(xml.write(order))
                .retrieve()
                .toBodilessEntity()
                .map(response -> orderIdFrom(response.getHeaders()))
                .doOnError(e -> log.warn("POST /accounts/{}/importTnOrders failed for {}", props.accountId(), customerOrderId, e));
    }

    public Mono<String> importStatus(String orderId) {
        return dashboard.get()
                .uri(IMPORT_TN_ORDERS + "/{orderId}", props.accountId(), orderId)
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> importHistory(String orderId) {
        return dashboard.get()
                .uri(b -> b.path("/accounts/{accountId}/importTnOrders/{orderId}/history")
                        .build(props.accountId(), orderId))
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Open import orders, newest first; the ops dashboard polls this. */
    public Mono<String> listImportOrders(String status) {
        return dashboard.get()
                .uri(b -> b.pathSegment(DashboardPaths.SEG_ACCOUNTS, props.accountId(), DashboardPaths.SEG_IMPORT_TN_ORDERS)
                        .queryParam("status", status)
                        .build())
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> removeNumbers(List<String> numbers, String customerOrderId) {
        String body = removeOrderXml(customerOrderId, numbers);
        return dashboard.post()
                .uri(REMOVE_IMPORTED_TN_ORDERS, props.accountId())
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .map(response -> orderIdFrom(response.getHeaders()));
    }

    public Mono<String> removalHistory(String orderId) {
        return dashboard.get()
                .uri("/accounts/" + props.accountId() + "/removeImportedTnOrders/" + orderId + "/history")
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Portability check before an import; unchanged in v2. */
    public Mono<String> checkImportable(List<String> numbers) {
        return dashboard.post()
                .uri(IMPORT_TN_CHECKER, props.accountId())
                .bodyValue(checkerPayloadXml(numbers))
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Voice-only imports were added in 2024 on their own route. */
    public Mono<String> importVoiceNumbers(List<String> numbers, String customerOrderId) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, props.siteId(), props.sipPeerId(), null, numbers);
        return dashboard.post()
                .uri("/accounts/{accountId}/importTnOrders/voice", props.accountId())
                .bodyValue(xml.write(order))
                .retrieve()
                .toBodilessEntity()
                .map(response -> orderIdFrom(response.getHeaders()));
    }

    private static String orderIdFrom(HttpHeaders headers) {
        String location = headers.getFirst(HttpHeaders.LOCATION);
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    // hand-written XML for the two small documents we never read back

    static String removeOrderXml(String customerOrderId, List<String> numbers) {
        StringBuilder sb = new StringBuilder()
                .append("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(escape(customerOrderId)).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        for (String tn : numbers) {
            sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return sb.append("</TelephoneNumbers>").append("</RemoveImportedTnOrder>").toString();
    }

    static String checkerPayloadXml(List<String> numbers) {
        StringBuilder sb = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        numbers.forEach(tn -> sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        return sb.append("</TelephoneNumbers></ImportTnCheckerPayload>").toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
