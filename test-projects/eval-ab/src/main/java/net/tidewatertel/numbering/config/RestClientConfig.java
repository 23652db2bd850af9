package net.tidewatertel.numbering.config;

import java.time.Duration;

import net.tidewatertel.numbering.dashboard.DashboardErrorHandler;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.ClientHttpRequestFactories;
import org.springframework.boot.web.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * RestClient plumbing shared by every outbound integration.
 *
 * <p>Dashboard clients take the auto-configured {@link RestClient.Builder} and call
 * {@code baseUrl(..)} themselves so that {@code @RestClientTest} can bind a mock server to them.
 * Historical note: before the 2021 consolidation the porting desk pointed at
 * https://api.inetwork.com/v1.0/accounts/ directly from the SDK configuration.
 */
@Configuration
public class RestClientConfig {

    static final String USER_AGENT = "tidewater-numbering-backoffice/2.14";

    @Bean
    RestClientCustomizer userAgentCustomizer() {
        return builder -> builder.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT);
    }

    @Bean
    RestClientCustomizer timeoutCustomizer(DashboardProperties props) {
        ClientHttpRequestFactorySettings settings = ClientHttpRequestFactorySettings.DEFAULTS
                .withConnectTimeout(Duration.ofMillis(props.getConnectTimeoutMs()))
                .withReadTimeout(Duration.ofMillis(props.getReadTimeoutMs()));
        return builder -> builder.requestFactory(ClientHttpRequestFactories.get(settings));
    }

    /** Dashboard client used by the declarative interfaces (see HttpInterfaceConfig). */
    @Bean
    @Profile("!lab")
    @Qualifier("dashboard")
    RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties props,
                                   DashboardErrorHandler errorHandler) {
        return builder.clone()
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .defaultStatusHandler(errorHandler)
                .build();
    }

    /**
     * Lab environment: the Dashboard sandbox. Overridable, but nobody ever does.
     */
    @Bean
    @Profile("lab")
    @Qualifier("dashboard")
    RestClient labDashboardRestClient(RestClient.Builder builder, DashboardProperties props,
                                      @Value("${tidewater.lab.dashboard-url:https://test.dashboard.bandwidth.com/api/v1}") String labUrl) {
        return builder.clone()
                .baseUrl(labUrl)
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    @Bean
    @Qualifier("messaging")
    RestClient messagingRestClient(RestClient.Builder builder, BandwidthPlatformProperties platform) {
        return builder.clone()
                .baseUrl(platform.getMessagingUrl() + "/users/" + platform.getPlatformAccountId())
                .defaultHeaders(h -> h.setBasicAuth(platform.getUsername(), platform.getPassword()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    @Qualifier("voice")
    RestClient voiceRestClient(RestClient.Builder builder, BandwidthPlatformProperties platform) {
        return builder.clone()
                .baseUrl("https://voice.bandwidth.com/api/v2/accounts/" + platform.getPlatformAccountId())
                .defaultHeaders(h -> h.setBasicAuth(platform.getUsername(), platform.getPassword()))
                .build();
    }
}
