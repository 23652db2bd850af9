package com.lumenline.provisioning.config;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunctions;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive clients. The Dashboard one is used by the portal search, which fans out over
 * several area codes at once.
 */
@Configuration
public class WebClientConfig {

    @Bean
    @Qualifier("dashboardWebClient")
    public WebClient dashboardWebClient(WebClient.Builder builder,
                                        @Value("${iris.api.base:https://dashboard.bandwidth.com/api}") String irisBase,
                                        DashboardProperties props) {
        return builder.clone()
                .baseUrl(irisBase)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .filter(ExchangeFilterFunctions.basicAuthentication(props.username(), props.password()))
                .build();
    }

    @Bean
    @Qualifier("dashboardV2WebClient")
    public WebClient dashboardV2WebClient(WebClient.Builder builder, DashboardProperties props) {
        return builder.clone()
                .baseUrl(props.v2BaseUrl())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .filter(ExchangeFilterFunctions.basicAuthentication(props.username(), props.password()))
                .build();
    }

    @Bean
    @Qualifier("messagingWebClient")
    public WebClient messagingWebClient(WebClient.Builder builder, PartnerProperties partners,
                                        @Value("${lumenline.partners.messaging-token:}") String token) {
        return builder.clone()
                .baseUrl(partners.messagingBaseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
