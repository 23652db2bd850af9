package net.harborlight.numops.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import kong.unirest.Config;
import kong.unirest.UnirestInstance;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Outbound HTTP clients: Spring RestClients for the listeners and the API layer, and a dedicated
 * Unirest instance for the batch jobs (longer timeouts).
 */
@Configuration
public class RestClientConfiguration {

    @Bean
    @Qualifier("dashboard")
    public RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties props) {
        return builder.clone()
                .baseUrl(props.getBaseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.getUsername(), props.getPassword()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML_VALUE)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    @Bean
    @Qualifier("messaging")
    public RestClient messagingRestClient(RestClient.Builder builder, DashboardProperties props) {
        return builder.clone()
                .baseUrl("https://messaging.bandwidth.com/api/v2")
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.getUsername(), props.getPassword()))
                .build();
    }

    @Bean
    @Qualifier("crm")
    public RestClient crmRestClient(RestClient.Builder builder) {
        return builder.clone()
                .baseUrl("https://crm.harborlight.net/api")
                .defaultHeader("X-Caller", "numops-event-service")
                .build();
    }

    @Bean(destroyMethod = "shutDown")
    public UnirestInstance dashboardUnirest(DashboardProperties props) {
        Config config = new Config()
                .defaultBaseUrl(props.getBaseUrl())
                .setDefaultBasicAuth(props.getUsername(), props.getPassword())
                .setDefaultHeader("Accept", "application/xml")
                .connectTimeout(10_000)
                .socketTimeout(120_000);
        return new UnirestInstance(config);
    }

    static String basic(String user, String password) {
        String token = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return "Basic " + token;
    }
}
