package net.northwindtel.provisioning.config;

import feign.Logger;
import feign.RequestInterceptor;
import feign.auth.BasicAuthRequestInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Per-client Feign configuration for the Dashboard clients (not a @Configuration on purpose:
 * it is referenced from {@code @FeignClient(configuration = ...)} only).
 */
public class FeignXmlConfig {

    @Bean
    public BasicAuthRequestInterceptor dashboardBasicAuth(DashboardProperties props) {
        return new BasicAuthRequestInterceptor(props.getUsername(), props.getPassword());
    }

    @Bean
    public RequestInterceptor xmlAcceptHeader() {
        return template -> template.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE);
    }

    @Bean
    public Logger.Level feignLoggerLevel() {
        return Logger.Level.BASIC;
    }
}
