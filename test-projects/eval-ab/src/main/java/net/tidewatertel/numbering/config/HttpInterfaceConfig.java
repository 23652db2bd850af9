package net.tidewatertel.numbering.config;

import net.tidewatertel.numbering.dashboard.http.E911AddressApi;
import net.tidewatertel.numbering.dashboard.http.HostedMessagingApi;
import net.tidewatertel.numbering.dashboard.http.NumberSearchApi;
import net.tidewatertel.numbering.dashboard.http.PortInApi;
import net.tidewatertel.numbering.dashboard.http.TnOptionsApi;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Declarative (@HttpExchange) clients for the Dashboard. All of them share the
 * "dashboard" RestClient, so the base URL comes from {@code tidewater.dashboard.base-url}.
 */
@Configuration
public class HttpInterfaceConfig {

    @Bean
    HttpServiceProxyFactory dashboardProxyFactory(@Qualifier("dashboard") RestClient dashboard) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(dashboard)).build();
    }

    @Bean
    NumberSearchApi numberSearchApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(NumberSearchApi.class);
    }

    @Bean
    E911AddressApi e911AddressApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(E911AddressApi.class);
    }

    @Bean
    HostedMessagingApi hostedMessagingApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(HostedMessagingApi.class);
    }

    @Bean
    TnOptionsApi tnOptionsApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(TnOptionsApi.class);
    }

    /** PortInApi carries its absolute URL in its @HttpExchange, so it gets a bare client. */
    @Bean
    PortInApi portInApi(RestClient.Builder builder, DashboardProperties props) {
        RestClient bare = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(bare)).build()
                .createClient(PortInApi.class);
    }
}
