package com.lumenwave.provisioning.config;

import com.lumenwave.provisioning.iris.ImportOrderApi;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration
public class HttpClientsConfig {

    @Bean
    public RestClient.Builder irisRestClientBuilder(IrisProperties props) {
        return RestClient.builder()
                .baseUrl(props.baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.username(), props.password()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE);
    }

    @Bean
    public RestClient irisRestClient(@Qualifier("irisRestClientBuilder") RestClient.Builder builder) {
        return builder.build();
    }

    @Bean
    public WebClient irisWebClient(IrisProperties props) {
        return WebClient.builder()
                .baseUrl(props.baseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .build();
    }

    @Bean
    public WebClient messagingWebClient(
            @Value("${bandwidth.messaging.base-url:https://messaging.bandwidth.com/api/v2}") String baseUrl,
            @Value("${bandwidth.messaging.api-token}") String token,
            @Value("${bandwidth.messaging.api-secret}") String secret) {
        return WebClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .build();
    }

    @Bean
    public ImportOrderApi importOrderApi(@Qualifier("irisRestClient") RestClient irisRestClient) {
        HttpServiceProxyFactory factory = HttpServiceProxyFactory
                .builderFor(RestClientAdapter.create(irisRestClient))
                .build();
        return factory.createClient(ImportOrderApi.class);
    }

    private static String basic(String user, String password) {
        String raw = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
