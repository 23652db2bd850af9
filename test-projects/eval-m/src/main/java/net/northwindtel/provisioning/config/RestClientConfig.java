package net.northwindtel.provisioning.config;

import net.northwindtel.provisioning.client.exchange.E911AddressClient;
import net.northwindtel.provisioning.client.exchange.E911AddressV2Client;
import net.northwindtel.provisioning.client.exchange.HostedMessagingClient;
import net.northwindtel.provisioning.client.exchange.NumberInventoryClient;
import net.northwindtel.provisioning.client.exchange.SipPeerTnClient;
import net.northwindtel.provisioning.client.exchange.TollFreeVerificationClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RestClient instances and the {@code @HttpExchange} proxies built on top of them.
 */
@Configuration
public class RestClientConfig {

    @Bean
    @Qualifier("dashboardRestClient")
    public RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties props) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(props.getConnectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(props.getReadTimeout());
        return builder
                .baseUrl(props.getBaseUrl())
                .requestFactory(requestFactory)
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.getUsername(), props.getPassword()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    @Bean
    @Qualifier("tollFreeRestClient")
    public RestClient tollFreeRestClient(RestClient.Builder builder, BandwidthApisProperties apis, DashboardProperties props) {
        return builder
                .baseUrl(apis.getLookup().getTollFreeBaseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.getUsername(), props.getPassword()))
                .build();
    }

    @Bean
    public HttpServiceProxyFactory dashboardProxyFactory(@Qualifier("dashboardRestClient") RestClient restClient) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build();
    }

    @Bean
    public E911AddressClient e911AddressClient(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(E911AddressClient.class);
    }

    @Bean
    public E911AddressV2Client e911AddressV2Client(RestClient.Builder builder, DashboardProperties props) {
        RestClient v2 = builder
                .baseUrl("https://dashboard.bandwidth.com/api/v2")
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(props.getUsername(), props.getPassword()))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(v2)).build()
                .createClient(E911AddressV2Client.class);
    }

    @Bean
    public NumberInventoryClient numberInventoryClient(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(NumberInventoryClient.class);
    }

    @Bean
    public HostedMessagingClient hostedMessagingClient(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(HostedMessagingClient.class);
    }

    @Bean
    public SipPeerTnClient sipPeerTnClient(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(SipPeerTnClient.class);
    }

    @Bean
    public TollFreeVerificationClient tollFreeVerificationClient(@Qualifier("tollFreeRestClient") RestClient restClient) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build()
                .createClient(TollFreeVerificationClient.class);
    }

    static String basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return "Basic " + token;
    }
}
