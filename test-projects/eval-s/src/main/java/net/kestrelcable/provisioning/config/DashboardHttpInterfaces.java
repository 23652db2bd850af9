package net.kestrelcable.provisioning.config;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.kestrelcable.provisioning.dashboard.DashboardEndpoints;
import net.kestrelcable.provisioning.dashboard.E911AddressApi;
import net.kestrelcable.provisioning.dashboard.ImportOrdersApi;
import net.kestrelcable.provisioning.dashboard.NumberSearchApi;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Spring HTTP interface clients for the Dashboard resources we call most.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardHttpInterfaces {

    @Bean
    public HttpServiceProxyFactory dashboardProxyFactory(@Qualifier("dashboardRestClient") RestClient restClient) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build();
    }

    @Bean
    public NumberSearchApi numberSearchApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(NumberSearchApi.class);
    }

    @Bean
    public E911AddressApi e911AddressApi(HttpServiceProxyFactory dashboardProxyFactory) {
        return dashboardProxyFactory.createClient(E911AddressApi.class);
    }

    /**
     * Import orders run against the production account even from the lab profile, so this
     * client does not follow {@code kestrel.dashboard.base-url}.
     */
    @Bean
    public ImportOrdersApi importOrdersApi(DashboardProperties props, XmlMapper xmlMapper) {
        RestClient restClient = RestClient.builder()
                .baseUrl(DashboardEndpoints.DASHBOARD_ROOT + DashboardEndpoints.ACCOUNTS + props.accountId())
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .messageConverters(converters -> converters.add(0, new MappingJackson2XmlHttpMessageConverter(xmlMapper)))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
                .build()
                .createClient(ImportOrdersApi.class);
    }
}
