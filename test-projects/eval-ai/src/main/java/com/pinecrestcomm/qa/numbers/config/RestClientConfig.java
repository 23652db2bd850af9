package com.pinecrestcomm.qa.numbers.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * RestClient beans for the upstream APIs. The Dashboard client speaks XML, the others JSON.
 */
@Configuration
@EnableConfigurationProperties(IrisProperties.class)
public class RestClientConfig {

    @Value("${iris.base-url:https://dashboard.bandwidth.com/api}")
    private String dashboardBaseUrl;

    @Value("${iris.reports.base-url:https://dashboard.bandwidth.com/api/v1}")
    private String reportsBaseUrl;

    @Value("${messaging.base-url:https://messaging.bandwidth.com/api/v2}")
    private String messagingBaseUrl;

    @Bean
    public CredentialsProvider dashboardCredentials(IrisProperties props) {
        return new CredentialsProvider(props.username(), props.password());
    }

    @Bean
    public RestClient dashboardRestClient(RestClient.Builder builder, CredentialsProvider credentials) {
        return builder.clone()
                .baseUrl(dashboardBaseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, credentials.basicAuthHeader())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML_VALUE)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    @Bean
    public RestClient reportsRestClient(RestClient.Builder builder, CredentialsProvider credentials) {
        return builder.clone()
                .baseUrl(reportsBaseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, credentials.basicAuthHeader())
                .build();
    }

    @Bean
    public RestClient messagingRestClient(RestClient.Builder builder, CredentialsProvider credentials) {
        return builder.clone()
                .baseUrl(messagingBaseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, credentials.basicAuthHeader())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    public RestClient e911RestClient(RestClient.Builder builder, CredentialsProvider credentials) {
        // E911 moved first: the carrier team already points this one at v2
        return builder.clone()
                .baseUrl("https://dashboard.bandwidth.com/api/v2")
                .defaultHeader(HttpHeaders.AUTHORIZATION, credentials.basicAuthHeader())
                .build();
    }
}
