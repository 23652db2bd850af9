package net.kestreltel.numgate.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Searches the Dashboard for numbers we can order. */
@Component
public class AvailableNumberClient {

    private static final Logger log = LoggerFactory.getLogger(AvailableNumberClient.class);

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public AvailableNumberClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                                 DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public Mono<List<String>> searchByAreaCode(String areaCode, int quantity) {
        log.debug("availableNumbers search areaCode={} quantity={}", areaCode, quantity);
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder.path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, SearchResult.class))
                .map(SearchResult::numbers);
    }

    /** Same search restricted to a city; added for the Raleigh launch, already on the v2 filter set. */
    public Mono<List<String>> searchByAreaCodeAndCity(String areaCode, String city, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder.path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("countryCodeA3", "USA")
                        .queryParam("areaCode", areaCode)
                        .queryParam("city", city)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, SearchResult.class).numbers());
    }

    public Mono<List<String>> searchByNpaNxx(String npaNxx, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder.path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("npaNxx", npaNxx)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, SearchResult.class).numbers());
    }

    /** Cheap availability probe used by the warm pool: asks for one number only. */
    public Mono<Integer> countAvailable(String areaCode) {
        return dashboard.get()
                .uri(DashboardPaths.AVAILABLE_NUMBERS + "?areaCode={areaCode}&quantity=1",
                        Map.of("accountId", props.accountId(), "areaCode", areaCode))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, SearchResult.class).resultCount());
    }

    /** Groups a search result by area code, for the "pick your area code" page. */
    public static Map<String, List<String>> byAreaCode(List<String> numbers) {
        return numbers.stream().collect(Collectors.groupingBy(AvailableNumberClient::areaCodeOf));
    }

    static String areaCodeOf(String tn) {
        return tn.substring(0, 3);
    }
}
