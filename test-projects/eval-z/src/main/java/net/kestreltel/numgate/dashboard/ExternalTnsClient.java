package net.kestreltel.numgate.dashboard;

import java.util.List;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.ExternalTnsOrder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * "External" numbers: numbers hosted elsewhere that we register for messaging only.
 * Used by the wholesale team for resellers that bring their own numbers. The Dashboard
 * answers POST /accounts/{id}/externalTns with 201 and a Location header.
 */
@Component
public class ExternalTnsClient {

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;
    private final RouteCatalog routes;

    public ExternalTnsClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                             DashboardProperties props, DashboardXmlCodec xml, RouteCatalog routes) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
        this.routes = routes;
    }

    public Mono<String> register(List<String> numbers, String customerOrderId) {
        ExternalTnsOrder order = new ExternalTnsOrder(customerOrderId, props.siteId(), props.sipPeerId(),
                ExternalTnsOrder.Action.IMPORT, "CARRIER", numbers);
        return dashboard.post()
                .uri(b -> b.path("/accounts/{accountId}/externalTns").build(props.accountId()))
                .bodyValue(xml.write(order))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> unregister(List<String> numbers, String customerOrderId) {
        ExternalTnsOrder order = new ExternalTnsOrder(customerOrderId, props.siteId(), props.sipPeerId(),
                ExternalTnsOrder.Action.REMOVE, null, numbers);
        return dashboard.post()
                .uri(DashboardPaths.EXTERNAL_TNS, props.accountId())
                .bodyValue(xml.write(order))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> orderStatus(String orderId) {
        return dashboard.get()
                .uri(String.format("/accounts/%s/externalTns/%s", props.accountId(), orderId))
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Bulk history export; the path comes from the route catalog so ops can move it. */
    public Mono<String> history() {
        return dashboard.get()
                .uri(routes.path("externalTnsHistory"), props.accountId())
                .retrieve()
                .bodyToMono(String.class);
    }
}
