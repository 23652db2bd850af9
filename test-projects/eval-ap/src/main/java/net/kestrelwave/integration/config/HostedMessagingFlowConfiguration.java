package net.kestrelwave.integration.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.http.dsl.Http;
import org.springframework.web.client.RestTemplate;

@Configuration
public class HostedMessagingFlowConfiguration {

    private final DashboardProperties dashboard;
    private final RestTemplate dashboardRestTemplate;

    public HostedMessagingFlowConfiguration(DashboardProperties dashboard, RestTemplate dashboardRestTemplate) {
        this.dashboard = dashboard;
        this.dashboardRestTemplate = dashboardRestTemplate;
    }

    @Bean
    public IntegrationFlow importOrderStatusFlow() {
        return IntegrationFlow.from("importOrderStatusRequests")
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + "/accounts/{accountId}/importTnOrders/{orderId}", dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .uriVariable("orderId", "payload")
                        .expectedResponseType(String.class))
                .channel("importOrderStatusReplies")
                .get();
    }

    @Bean
    public IntegrationFlow removalHistoryFlow() {
        return IntegrationFlow.from("removalHistoryRequests")
                .handle(Http.outboundGateway("https://dashboard.bandwidth.com/api/accounts/{accountId}/removeImportedTnOrders/{orderId}/history", dashboardRestTemplate)
                        .httpMethod(HttpMethod.GET)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .uriVariable("orderId", "payload")
                        .expectedResponseType(String.class))
                .channel("removalHistoryReplies")
                .get();
    }

    @Bean
    public IntegrationFlow voiceImportFlow() {
        return IntegrationFlow.from("voiceImportRequests")
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + "/accounts/{accountId}/importTnOrders/voice", dashboardRestTemplate)
                        .httpMethod(HttpMethod.POST)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .expectedResponseType(String.class))
                .channel("voiceImportReplies")
                .get();
    }

    @Bean
    public IntegrationFlow importCheckerFlow() {
        return IntegrationFlow.from("importCheckRequests")
                .handle(Http.outboundGateway(dashboard.getBaseUrl() + "/accounts/{accountId}/importTnChecker", dashboardRestTemplate)
                        .httpMethod(HttpMethod.POST)
                        .uriVariable("accountId", m -> dashboard.getAccountId())
                        .expectedResponseType(String.class))
                .channel("importCheckReplies")
                .get();
    }
}
