package net.kestreltel.numgate.dashboard;

import java.util.List;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.TnOptionOrderDoc;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** TN option orders: SMS on/off and call forwarding for many numbers at once. */
@Component
public class TnOptionClient {

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public TnOptionClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                          DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public Mono<String> setSms(List<String> numbers, boolean on, String customerOrderId) {
        TnOptionOrderDoc order = TnOptionOrderDoc.sms(customerOrderId, on, numbers);
        return dashboard.post()
                .uri(DashboardPaths.TN_OPTIONS, props.accountId())
                .bodyValue(xml.write(order))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> orderStatus(String orderId) {
        return dashboard.get()
                .uri(DashboardPaths.TN_OPTIONS + "/{orderId}", props.accountId(), orderId)
                .retrieve()
                .bodyToMono(String.class);
    }
}
