package net.kestrelwave.integration.config;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.http.dsl.Http;
import org.springframework.messaging.Message;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Inventory and E911 lookups routed through Spring Integration so that the bulk jobs and the
 * REST layer share retry and metrics.
 */
@Configuration
public class DashboardFlowsConfiguration {

    /** Search request coming from the provisioning portal; the area code is kept as typed. */
    public record AreaCodeSearch(String areaCode, int quantity, String requestedBy) {
    }

    private final DashboardProperties dashboard;
    private final RestTemplate dashboardRestTemplate;

    public DashboardFlowsConfiguration(DashboardProperties dashboard, RestTemplate dashboardRestTemplate) {
        this.dashboard = dashboard;
        this.dashboardRestTemplate = dashboardRestTemplate;
    }

    @Bean
    public IntegrationFlow inserviceNumbersFlow() {
        return IntegrationFlow.from("inserviceNumberRequests")
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + "/accounts/{accountId}/inserviceNumbers?areacode={areaCode}&page={page}&size=500", dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .uriVariable("areaCode", "payload.areaCode")
                        .uriVariable("page", "headers['page'] ?: 1")
                        .expectedResponseType(String.class))
                .channel("inserviceNumberReplies")
                .get();
    }

    @Bean
    public IntegrationFlow availableNumbersFlow() {
        return IntegrationFlow.from("availableNumberSearches")
                .handle(Http.outboundGateway((Message<AreaCodeSearch> m) -> UriComponentsBuilder
                                .fromHttpUrl(dashboard.getBaseUrl())
                                .path("/accounts/{accountId}/availableNumbers")
                                .queryParam("areaCode", m.getPayload().areaCode())
                                .queryParam("quantity", m.getPayload().quantity())
                                .queryParam("enableTNDetail", true)
                                .buildAndExpand(Map.of("accountId", dashboard.getAccountId()))
                                .toUri(), dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .expectedResponseType(String.class))
                .channel("availableNumberResults")
                .get();
    }

    @Bean
    public IntegrationFlow countryAwareSearchFlow() {
        return IntegrationFlow.from("countryAwareSearches")
                .handle(Http.outboundGateway((Message<AreaCodeSearch> m) -> UriComponentsBuilder
                                .fromHttpUrl(dashboard.getBaseUrl())
                                .path("/accounts/{accountId}/availableNumbers")
                                .queryParam("countryCodeA3", "USA")
                                .queryParam("areaCode", m.getPayload().areaCode())
                                .buildAndExpand(Map.of("accountId", dashboard.getAccountId()))
                                .toUri(), dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .expectedResponseType(String.class))
                .channel("availableNumberResults")
                .get();
    }

    @Bean
    public IntegrationFlow rateCenterFlow() {
        return IntegrationFlow.from("rateCenterRequests")
                .handle(Http.outboundGateway("https://dashboard.bandwidth.com/v1.0/accounts/{accountId}/availableNpaNxx?state={state}", dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .uriVariable("state", "payload")
                        .expectedResponseType(String.class))
                .channel("rateCenterReplies")
                .get();
    }

    @Bean
    public IntegrationFlow e911AddressLookupFlow() {
        return IntegrationFlow.from("e911AddressLookups")
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + "/accounts/{accountId}/addresses/{addressId}", dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .uriVariable("addressId", "payload")
                        .expectedResponseType(String.class))
                .channel("e911AddressReplies")
                .get();
    }

    @Bean
    public IntegrationFlow e911AddressCreateFlow() {
        return IntegrationFlow.from("e911AddressCreates")
                .enrichHeaders(h -> h.header("Content-Type", "application/xml"))
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + dashboard.getPaths().getE911Addresses(), dashboardRestTemplate)
                        .httpMethod(HttpMethod.POST)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .expectedResponseType(String.class))
                .channel("e911AddressReplies")
                .get();
    }

    @Bean
    public IntegrationFlow nocAlertFlow(@Value("${kestrel.messaging.account-id}") String messagingAccount) {
        return IntegrationFlow.from("nocSmsAlerts")
                .handle(Http.outboundGateway("https://messaging.bandwidth.com/api/v2/users/{accountId}/messages", dashboardRestTemplate)
                        .httpMethod(HttpMethod.POST)
                        .uriVariable("accountId", m -> messagingAccount)
                        .expectedResponseType(String.class))
                .nullChannel();
    }
}
