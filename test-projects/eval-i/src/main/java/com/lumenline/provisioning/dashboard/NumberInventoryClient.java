package com.lumenline.provisioning.dashboard;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Inventory look-ups used by the capacity planner: NPA-NXX availability, site-level
 * in-service counts and ad-hoc filtered searches from the ops console.
 */
@Component
public class NumberInventoryClient {

    private final DefaultUriBuilderFactory uriFactory;
    private final RestTemplate restTemplate;
    private final DashboardProperties props;

    public NumberInventoryClient(DefaultUriBuilderFactory inventoryUriFactory,
                                 @Qualifier("plainRestTemplate") RestTemplate restTemplate,
                                 DashboardProperties props) {
        this.uriFactory = inventoryUriFactory;
        this.restTemplate = restTemplate;
        this.props = props;
    }

    /** Available NPA-NXX blocks for one area code. */
    public String availableNpaNxx(String areaCode) {
        URI uri = uriFactory.builder()
                .path("/accounts/{accountId}/availableNpaNxx")
                .queryParam("areaCode", areaCode)
                .build(props.accountId());
        return restTemplate.getForObject(uri, String.class);
    }

    /** In-service numbers on one site, filtered by area code. */
    public String siteInService(String siteId, String areaCode, int quantity) {
        Map<String, Object> vars = Map.of(
                "accountId", props.accountId(),
                "siteId", siteId,
                "areaCode", areaCode,
                "quantity", quantity);
        return restTemplate.getForObject(
                props.baseUrl() + "/accounts/{accountId}/sites/{siteId}/inserviceNumbers?areaCode={areaCode}&quantity={quantity}",
                String.class, vars);
    }

    /**
     * Free-form search from the ops console. The console sends whatever filters the operator
     * picked; we pass them through.
     */
    public String search(String areaCode, String state, String rateCenter, List<String> extra) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (areaCode != null) {
            filters.put("areaCode", areaCode);
        }
        if (state != null) {
            filters.put("state", state);
        }
        if (rateCenter != null) {
            filters.put("rateCenter", rateCenter);
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(f.getKey()).append('=').append(f.getValue());
        }
        for (String e : extra) {
            query.append(query.length() == 0 ? '?' : '&').append(e);
        }
        String url = props.baseUrl() + "/accounts/" + props.accountId() + "/availableNumbers" + query;
        return restTemplate.getForObject(url, String.class);
    }

    /** Coverage of a rate center; the Dashboard keys these by abbreviation, not area code. */
    public String coveredRateCenters(String zip) {
        String url = UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("coveredRateCenters")
                .queryParam("zip", zip)
                .queryParam("embed", "NpaNxxX")
                .toUriString();
        return restTemplate.getForObject(url, String.class);
    }
}
