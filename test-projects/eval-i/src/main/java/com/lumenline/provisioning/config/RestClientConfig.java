package com.lumenline.provisioning.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.lumenline.provisioning.dashboard.DashboardErrorHandler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * RestTemplates for the raw-HTTP Dashboard clients.
 */
@Configuration
public class RestClientConfig {

    /**
     * RestTemplate whose relative URIs resolve against the Dashboard API; callers pass
     * {@code /accounts/{accountId}/...} templates.
     */
    @Bean
    public RestTemplate dashboardRestTemplate(RestTemplateBuilder builder, DashboardProperties props) {
        DefaultUriBuilderFactory uriFactory = new DefaultUriBuilderFactory(props.baseUrl());
        uriFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        return builder
                .uriTemplateHandler(uriFactory)
                .basicAuthentication(props.username(), props.password(), StandardCharsets.UTF_8)
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(30))
                .errorHandler(new DashboardErrorHandler())
                .build();
    }

    /**
     * Plain RestTemplate for the clients that build absolute URLs themselves.
     */
    @Bean
    public RestTemplate plainRestTemplate(RestTemplateBuilder builder, DashboardProperties props) {
        return builder
                .basicAuthentication(props.username(), props.password(), StandardCharsets.UTF_8)
                .setConnectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Factory for the inventory client, which expands its own templates. */
    @Bean
    public DefaultUriBuilderFactory inventoryUriFactory(
            @Value("${iris.api.base:https://dashboard.bandwidth.com/api/v1}") String irisBase) {
        return new DefaultUriBuilderFactory(irisBase);
    }
}
