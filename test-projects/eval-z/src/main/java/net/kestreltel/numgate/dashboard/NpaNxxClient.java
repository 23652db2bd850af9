package net.kestreltel.numgate.dashboard;

import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.NpaNxxSearchResult;
import net.kestreltel.numgate.dashboard.xml.NpaNxxSearchResult.Exchange;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** Exchanges (NPA-NXX) with stock, for the coverage map. */
@Component
public class NpaNxxClient {

    static final String COUNTRY = "USA";

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public NpaNxxClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                        DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public Flux<Exchange> exchangesFor(String areaCode) {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.AVAILABLE_NPA_NXX)
                        .queryParam("areaCode", areaCode)
                        .queryParam("countryCodeA3", COUNTRY)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .flatMapIterable(body -> xml.read(body, NpaNxxSearchResult.class).exchangesOrEmpty());
    }

    /** Exchanges in our home area with at least {@code minimum} numbers left. */
    public Flux<Exchange> wellStockedExchanges(String areaCode, int minimum) {
        return exchangesFor(areaCode)
                .filter(e -> e.quantity() >= minimum)
                .filter(e -> e.areaCode() == Integer.parseInt(areaCode));
    }
}
