package net.kestreltel.numgate.dashboard;

import java.util.List;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.OrderRequest;
import net.kestreltel.numgate.dashboard.xml.OrderResponseDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** New-number orders. */
@Component
public class OrderClient {

    private static final Logger log = LoggerFactory.getLogger(OrderClient.class);

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public OrderClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                       DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    /** Orders numbers a previous search returned. */
    public Mono<OrderResponseDoc> orderExisting(List<String> numbers, String customerOrderId) {
        OrderRequest request = OrderRequest.existing(props.siteId(), props.sipPeerId(), customerOrderId, numbers);
        return submit(request);
    }

    /** Lets the Dashboard pick the numbers. */
    public Mono<OrderResponseDoc> orderInAreaCode(String areaCode, int quantity, String customerOrderId) {
        return submit(OrderRequest.byAreaCode(props.siteId(), props.sipPeerId(), customerOrderId, areaCode, quantity));
    }

    public Mono<OrderResponseDoc> getOrder(String orderId) {
        return dashboard.get()
                .uri(DashboardPaths.ORDER, props.accountId(), orderId)
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, OrderResponseDoc.class));
    }

    /** Orders that touched a number; support uses it when a customer disputes a charge. */
    public Mono<String> ordersForNumber(String tn) {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.ORDERS).queryParam("tn", tn).build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Numbers of a completed order that we can activate right away. */
    public Mono<List<String>> activatableNumbers(String orderId) {
        return getOrder(orderId)
                .map(order -> order.completedTns().stream()
                        .filter(tn -> tn.matches("[0-9]{10}"))
                        .toList());
    }

    private Mono<OrderResponseDoc> submit(OrderRequest request) {
        log.info("Submitting Dashboard order {} ({})", request.customerOrderId(),
                request.existing() != null ? "existing numbers" : "area code search");
        return dashboard.post()
                .uri(DashboardPaths.ORDERS, props.accountId())
                .bodyValue(xml.write(request))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, OrderResponseDoc.class));
    }
}
