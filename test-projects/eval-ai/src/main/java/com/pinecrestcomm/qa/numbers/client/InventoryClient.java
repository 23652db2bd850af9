package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import com.pinecrestcomm.qa.numbers.util.XmlText;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * In-service inventory: what numbers the account currently holds, per area code.
 */
@Component
public class InventoryClient {

    private final RestClient restClient;
    private final IrisProperties props;

    public InventoryClient(@Qualifier("dashboardRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    URI inserviceNumbersUri(String npa, int page, int size) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "inserviceNumbers")
                .queryParam("areacode", npa)
                .queryParam("page", page)
                .queryParam("size", size)
                .build()
                .toUri();
    }

    URI siteInserviceNumbersUri(String npa) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "sites", props.siteId(), "inserviceNumbers")
                .queryParam("countryCodeA3", "USA")
                .queryParam("areaCode", npa)
                .build()
                .toUri();
    }

    URI e911AddressesUri() {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "addresses")
                .build()
                .toUri();
    }

    URI e911AddressesV2Uri() {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "e911Addresses")
                .build()
                .toUri();
    }

    public List<String> inserviceNumbers(String npa) {
        String xml = restClient.get().uri(inserviceNumbersUri(npa, 1, 500)).retrieve().body(String.class);
        return XmlText.values(xml, "TelephoneNumber").stream()
                .filter(tn -> tn.startsWith(npa))
                .toList();
    }

    /** Counts held numbers per NPA, for the capacity dashboard. */
    public Map<Integer, Long> countByAreaCode(List<String> inservice) {
        return inservice.stream()
                .collect(Collectors.groupingBy(tn -> Integer.parseInt(tn.substring(0, 3)),
                        TreeMap::new, Collectors.counting()));
    }

    public String e911Addresses() {
        return restClient.get().uri(e911AddressesUri()).retrieve().body(String.class);
    }
}
