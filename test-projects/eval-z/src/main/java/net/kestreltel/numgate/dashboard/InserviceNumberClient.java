package net.kestreltel.numgate.dashboard;

import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.InserviceNumbersPage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Pages through the numbers the account has in service. */
@Component
public class InserviceNumberClient {

    private static final String SITE_INSERVICE = "/accounts/{accountId}/sites/{siteId}/inserviceNumbers";

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public InserviceNumberClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                                 DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    /** Every in-service number of one area code, all pages. */
    public Flux<String> inventoryForAreaCode(String areaCode) {
        return page(areaCode, 1)
                .expand(p -> p.current().hasNext() ? page(areaCode, p.number() + 1) : Mono.empty())
                .concatMapIterable(p -> p.current().numbers());
    }

    /** Every in-service number of the account, all pages. */
    public Flux<String> inventory() {
        return unfilteredPage(1)
                .expand(p -> p.current().hasNext() ? unfilteredPage(p.number() + 1) : Mono.empty())
                .concatMapIterable(p -> p.current().numbers());
    }

    /** Numbers of one area code on our default site (used by the E911 backfill). */
    public Flux<String> siteInventoryForAreaCode(String areaCode) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("areaCode", areaCode);
        query.add("size", String.valueOf(props.pageSize()));
        return dashboard.get()
                .uri(b -> b.path(SITE_INSERVICE).queryParams(query).build(props.accountId(), props.siteId()))
                .retrieve()
                .bodyToMono(String.class)
                .flatMapIterable(body -> xml.read(body, InserviceNumbersPage.class).numbers());
    }

    private Mono<NumberedPage> page(String areaCode, int number) {
        // same filter the ops runbook uses by hand:
        // curl -u ... 'https://dashboard.bandwidth.com/api/accounts/{id}/inserviceNumbers?areacode=919&page=1&size=500'
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.INSERVICE_NUMBERS)
                        .queryParam("areacode", areaCode)
                        .queryParam("page", number)
                        .queryParam("size", props.pageSize())
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> new NumberedPage(number, xml.read(body, InserviceNumbersPage.class)));
    }

    private Mono<NumberedPage> unfilteredPage(int number) {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.INSERVICE_NUMBERS)
                        .queryParam("page", number)
                        .queryParam("size", props.pageSize())
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> new NumberedPage(number, xml.read(body, InserviceNumbersPage.class)));
    }

    record NumberedPage(int number, InserviceNumbersPage current) {
    }
}
