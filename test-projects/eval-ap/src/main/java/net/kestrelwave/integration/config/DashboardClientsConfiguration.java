package net.kestrelwave.integration.config;

import java.time.Duration;

import com.bandwidth.iris.sdk.IrisClient;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.web.client.RestTemplate;

/**
 * HTTP clients: the Iris SDK for ordering, RestTemplates for the Spring Integration gateways and
 * the vendor clients, and one AsyncHttpClient shared by the bulk jobs.
 */
@Configuration
public class DashboardClientsConfiguration {

    @Bean
    @Primary
    @Profile("!sandbox")
    public IrisClient irisClient(DashboardProperties dashboard) {
        return new IrisClient(dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword());
    }

    @Bean
    @Primary
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(DashboardProperties dashboard) {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword(), "v1.0");
    }

    /**
     * Reporting uses a read-only API user; host and version follow the active profile.
     */
    @Bean
    @Qualifier("reporting")
    public IrisClient reportingIrisClient(DashboardProperties dashboard,
                                          @Value("${kestrel.dashboard.reporting-user}") String user,
                                          @Value("${kestrel.dashboard.reporting-password}") String password) {
        return new IrisClient(dashboard.getBaseUrl(), dashboard.getAccountId(), user, password, dashboard.getApiVersion());
    }

    /** Incident paging (our self-hosted Iris, not the Dashboard). */
    @Bean
    public net.kestrelwave.integration.ops.IrisClient pagingClient(@Value("${kestrel.ops.iris-url:https://iris.ops.kestrelwave.net}") String irisUrl,
                                                                   @Value("${kestrel.ops.iris-app:carrier-integration}") String app,
                                                                   @Value("${kestrel.ops.iris-key:}") String key) {
        return new net.kestrelwave.integration.ops.IrisClient(irisUrl, app, key);
    }

    @Bean
    public RestTemplate dashboardRestTemplate(RestTemplateBuilder builder, DashboardProperties dashboard) {
        return builder
                .basicAuthentication(dashboard.getUsername(), dashboard.getPassword())
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(60))
                .build();
    }

    @Bean
    public RestTemplate vendorRestTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(3))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Bean(destroyMethod = "close")
    public AsyncHttpClient bulkHttpClient() {
        return Dsl.asyncHttpClient(Dsl.config()
                .setConnectTimeout(5_000)
                .setRequestTimeout(120_000)
                .setMaxConnectionsPerHost(16)
                .setUserAgent("kestrel-carrier-integration/2.14"));
    }
}
