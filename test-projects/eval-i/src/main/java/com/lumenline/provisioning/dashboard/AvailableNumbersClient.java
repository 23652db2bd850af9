package com.lumenline.provisioning.dashboard;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.IrisConstants;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Searches the Dashboard's available inventory. Used by the portal's "pick a number" page,
 * which searches several area codes in parallel.
 */
@Component
public class AvailableNumbersClient {

    private static final XmlMapper XML = new XmlMapper();

    private final WebClient dashboard;
    private final WebClient dashboardV2;
    private final DashboardProperties props;

    public AvailableNumbersClient(@Qualifier("dashboardWebClient") WebClient dashboard,
                                  @Qualifier("dashboardV2WebClient") WebClient dashboardV2,
                                  DashboardProperties props) {
        this.dashboard = dashboard;
        this.dashboardV2 = dashboardV2;
        this.props = props;
    }

    public Mono<List<String>> searchByAreaCode(String areaCode, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/availableNumbers")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .queryParam("enableTNDetail", false)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(AvailableNumbersClient::parse)
                .timeout(Duration.ofSeconds(20));
    }

    public Flux<String> searchAreaCodes(List<String> areaCodes, int perAreaCode) {
        return Flux.fromIterable(areaCodes)
                .flatMap(ac -> searchByAreaCode(ac, perAreaCode), 4)
                .flatMapIterable(list -> list);
    }

    /** Rate-center search: no area code filter involved. */
    public Mono<List<String>> searchByRateCenter(String rateCenter, String state, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/availableNumbers")
                        .queryParam("rateCenter", rateCenter)
                        .queryParam("state", state)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(AvailableNumbersClient::parse);
    }

    /** Pilot of the v2 search for the international rollout (PROV-1302). */
    public Mono<List<String>> searchByAreaCodeV2(String areaCode, int quantity) {
        return dashboardV2.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/availableNumbers")
                        .queryParam("countryCodeA3", IrisConstants.DEFAULT_COUNTRY_A3)
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(AvailableNumbersClient::parse);
    }

    static List<String> parse(String xml) {
        try {
            return XML.readValue(xml, SearchResult.class).numbersOrEmpty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable Dashboard search result", e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "SearchResult")
    public static class SearchResult {

        @JacksonXmlProperty(localName = "ResultCount")
        private Integer resultCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        private List<String> telephoneNumbers;

        public Integer getResultCount() {
            return resultCount;
        }

        List<String> numbersOrEmpty() {
            return telephoneNumbers == null ? List.of() : telephoneNumbers;
        }
    }
}
