package io.kestrelvoice.numbering.dashboard;

import io.kestrelvoice.numbering.dashboard.api.E911AddressClient;
import io.kestrelvoice.numbering.dashboard.api.HostedMessagingClient;
import io.kestrelvoice.numbering.dashboard.api.InventoryClient;
import io.kestrelvoice.numbering.dashboard.api.NumberSearchClient;
import io.kestrelvoice.numbering.dashboard.api.OrderClient;
import io.kestrelvoice.numbering.dashboard.api.ReportClient;
import io.kestrelvoice.numbering.dashboard.api.SipPeerTnClient;
import io.kestrelvoice.numbering.dashboard.api.SubscriptionClient;
import io.kestrelvoice.numbering.dashboard.api.TnOptionsClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

/**
 * Imported by every service with {@code @Import(DashboardClientConfiguration.class)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardClientConfiguration {

    @Bean
    public RestTemplate dashboardRestTemplate(RestTemplateBuilder builder, DashboardProperties properties) {
        return builder
                .basicAuthentication(properties.getUsername(), properties.getPassword())
                .setConnectTimeout(properties.getConnectTimeout())
                .setReadTimeout(properties.getReadTimeout())
                .build();
    }

    @Bean
    public DashboardUrls dashboardUrls(DashboardProperties properties) {
        return new DashboardUrls(properties);
    }

    @Bean
    public DashboardRestClient dashboardRestClient(RestTemplate dashboardRestTemplate, DashboardUrls urls) {
        return new DashboardRestClient(dashboardRestTemplate, urls);
    }

    @Bean
    public E911AddressClient e911AddressClient(DashboardRestClient client) {
        return new E911AddressClient(client);
    }

    @Bean
    public NumberSearchClient numberSearchClient(DashboardRestClient client) {
        return new NumberSearchClient(client);
    }

    @Bean
    public InventoryClient inventoryClient(DashboardRestClient client) {
        return new InventoryClient(client);
    }

    @Bean
    public OrderClient orderClient(DashboardRestClient client, DashboardProperties properties) {
        return new OrderClient(client, properties.getSiteId());
    }

    @Bean
    public HostedMessagingClient hostedMessagingClient(DashboardRestClient client, DashboardProperties properties) {
        return new HostedMessagingClient(client, properties.getSiteId(), properties.getSipPeerId());
    }

    @Bean
    public SipPeerTnClient sipPeerTnClient(DashboardRestClient client) {
        return new SipPeerTnClient(client);
    }

    @Bean
    public TnOptionsClient tnOptionsClient(DashboardRestClient client) {
        return new TnOptionsClient(client);
    }

    @Bean
    public SubscriptionClient subscriptionClient(DashboardRestClient client) {
        return new SubscriptionClient(client);
    }

    @Bean
    public ReportClient reportClient(DashboardRestClient client) {
        return new ReportClient(client);
    }
}
