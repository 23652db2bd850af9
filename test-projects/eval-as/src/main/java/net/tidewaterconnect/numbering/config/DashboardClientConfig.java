package net.tidewaterconnect.numbering.config;

import java.util.Map;

import net.tidewaterconnect.numbering.dashboard.api.E911AddressApi;
import net.tidewaterconnect.numbering.dashboard.api.ImportOrdersApi;
import net.tidewaterconnect.numbering.dashboard.api.InserviceNumbersApi;
import net.tidewaterconnect.numbering.dashboard.api.SipPeerTnApi;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration(proxyBeanMethods = false)
public class DashboardClientConfig {

    @Bean
    @Qualifier("dashboard")
    RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties props) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(props.timeout());
        requestFactory.setReadTimeout(props.timeout());
        return builder
                .baseUrl(props.baseUrl())
                .defaultUriVariables(Map.of(
                        "accountId", props.accountId(),
                        "siteId", props.defaultSiteId(),
                        "peerId", props.defaultSipPeerId()))
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .requestFactory(requestFactory)
                .build();
    }

    @Bean
    HttpServiceProxyFactory dashboardProxyFactory(@Qualifier("dashboard") RestClient dashboardRestClient) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(dashboardRestClient)).build();
    }

    @Bean
    E911AddressApi e911AddressApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(E911AddressApi.class);
    }

    @Bean
    InserviceNumbersApi inserviceNumbersApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(InserviceNumbersApi.class);
    }

    @Bean
    ImportOrdersApi importOrdersApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(ImportOrdersApi.class);
    }

    @Bean
    SipPeerTnApi sipPeerTnApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(SipPeerTnApi.class);
    }

    /** Ported numbers that still live on the old inetwork account are managed through this one. */
    @Bean
    @Qualifier("legacyDashboard")
    RestClient legacyDashboardRestClient(RestClient.Builder builder,
            @Value("${tidewater.bandwidth.legacy.base-url:https://api.inetwork.com/v1.0}") String legacyBaseUrl,
            DashboardProperties props) {
        return builder.clone()
                .baseUrl(legacyBaseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .build();
    }

    @Bean
    @Qualifier("messaging")
    RestClient messagingRestClient(RestClient.Builder builder, MessagingProperties props) {
        return builder.clone()
                .baseUrl(props.baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    @Qualifier("voice")
    RestClient voiceRestClient(RestClient.Builder builder,
            @Value("${tidewater.bandwidth.voice.base-url:https://voice.bandwidth.com/api/v2}") String voiceBaseUrl,
            DashboardProperties props) {
        return builder.clone()
                .baseUrl(voiceBaseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .build();
    }
}
