package com.kestrelvoice.numlife.config;

import com.kestrelvoice.numlife.analytics.IrisClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class RestClientConfig {

    @Bean
    @Qualifier("dashboard")
    public RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties properties) {
        DashboardProperties.Api api = properties.getApi();
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(api.getConnectTimeout());
        requestFactory.setReadTimeout(api.getReadTimeout());
        return builder.clone()
                .baseUrl(api.getBaseUrl())
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> headers.setBasicAuth(api.getUsername(), api.getPassword()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML_VALUE)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    @Bean
    @Qualifier("messaging")
    public RestClient messagingRestClient(RestClient.Builder builder, PartnerApisProperties partners) {
        PartnerApisProperties.Messaging messaging = partners.getMessaging();
        return builder.clone()
                .baseUrl(messaging.getBaseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(messaging.getUsername(), messaging.getPassword()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** Product-usage events for the data team's Iris Analytics warehouse. */
    @Bean
    public IrisClient analyticsClient(PartnerApisProperties partners) {
        PartnerApisProperties.Analytics analytics = partners.getAnalytics();
        return new IrisClient(analytics.getTenant(), analytics.getApiKey(), analytics.getApiSecret());
    }

    @Bean
    @Qualifier("catapult")
    public RestClient catapultRestClient(RestClient.Builder builder, PartnerApisProperties partners) {
        PartnerApisProperties.Catapult catapult = partners.getCatapult();
        return builder.clone()
                .baseUrl(catapult.getBaseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(catapult.getToken(), catapult.getSecret()))
                .build();
    }
}
