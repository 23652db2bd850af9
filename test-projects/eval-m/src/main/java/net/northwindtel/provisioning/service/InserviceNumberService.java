package net.northwindtel.provisioning.service;

import net.northwindtel.provisioning.client.exchange.NumberInventoryClient;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import net.northwindtel.provisioning.model.dashboard.InserviceTnResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which of our numbers are in service, per area code (used by the capacity dashboard).
 */
@Service
public class InserviceNumberService {

    private final RestClient dashboardRestClient;
    private final DashboardAccountFeignClient accountFeignClient;
    private final NumberInventoryClient numberInventoryClient;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties provisioning;

    public InserviceNumberService(@Qualifier("dashboardRestClient") RestClient dashboardRestClient,
                                  DashboardAccountFeignClient accountFeignClient,
                                  NumberInventoryClient numberInventoryClient,
                                  DashboardProperties dashboard,
                                  ProvisioningProperties provisioning) {
        this.dashboardRestClient = dashboardRestClient;
        this.accountFeignClient = accountFeignClient;
        this.numberInventoryClient = numberInventoryClient;
        this.dashboard = dashboard;
        this.provisioning = provisioning;
    }

    public Map<String, List<String>> inserviceByAreaCode(String areaCode) {
        InserviceTnResponse response = dashboardRestClient.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/inserviceNumbers")
                        .queryParam("areacode", areaCode)
                        .queryParam("size", 1000)
                        .build(dashboard.getAccountId()))
                .retrieve()
                .body(InserviceTnResponse.class);
        if (response == null) {
            return Map.of();
        }
        return response.getTelephoneNumbers().stream()
                .map(String::valueOf)
                .collect(Collectors.groupingBy(tn -> tn.substring(0, 3), TreeMap::new, Collectors.toList()));
    }

    public int countInService(String areaCode) {
        return accountFeignClient.inserviceNumbers(dashboard.getAccountId(), areaCode, 1).getTotalCount();
    }

    /** Same query through the exchange client, which already sends countryCodeA3. */
    public int countInServiceInCountry(String areaCode) {
        return numberInventoryClient.inservice(dashboard.getAccountId(), areaCode, provisioning.getDefaultCountry(), 1)
                .getTotalCount();
    }

    public String inserviceXmlForExport(String areaCode) {
        String uri = UriComponentsBuilder.fromHttpUrl(dashboard.getBaseUrl())
                .path("/accounts/{accountId}/inserviceNumbers")
                .queryParam("countryCodeA3", provisioning.getDefaultCountry())
                .queryParam("areaCode", areaCode)
                .buildAndExpand(dashboard.getAccountId())
                .toUriString();
        return dashboardRestClient.get().uri(uri).retrieve().body(String.class);
    }
}
