package net.tidewaterconnect.numbering.config;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Clients for our own back-office systems. */
@Configuration(proxyBeanMethods = false)
public class InternalClientsConfig {

    @Bean
    @Qualifier("crm")
    RestClient crmRestClient(RestClient.Builder builder,
            @Value("${tidewater.crm.base-url:https://crm.tidewaterconnect.net}") String crmBaseUrl,
            @Value("${tidewater.crm.token}") String token) {
        return builder.clone()
                .baseUrl(crmBaseUrl)
                .defaultHeaders(h -> h.setBearerAuth(token))
                .build();
    }

    @Bean
    @Qualifier("billing")
    RestClient billingRestClient(RestClient.Builder builder,
            @Value("${tidewater.billing.base-url:https://billing.tidewaterconnect.net/api}") String billingBaseUrl) {
        return builder.clone().baseUrl(billingBaseUrl).build();
    }
}
