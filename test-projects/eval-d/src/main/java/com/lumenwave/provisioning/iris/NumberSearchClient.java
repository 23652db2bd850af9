package com.lumenwave.provisioning.iris;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.iris.dto.AvailableNumbersResponse;
import com.lumenwave.provisioning.iris.dto.InserviceNumbersResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Number searches against the Dashboard API over plain HTTP. Kept next to the SDK-based
 * {@code NumberInventoryService} because the SDK cannot page through in-service numbers.
 */
@Component
public class NumberSearchClient {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchClient.class);

    private final RestClient restClient;
    private final IrisProperties props;

    public NumberSearchClient(@Qualifier("irisRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    /** Available local numbers in an area code, e.g. 919. */
    public List<String> searchByAreaCode(String areaCode, int quantity) {
        AvailableNumbersResponse response = restClient.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/availableNumbers")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .body(AvailableNumbersResponse.class);
        return response == null ? List.of() : response.telephoneNumbersOrEmpty().stream()
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    /** Search used by the international pilot; already sends the country filter. */
    public List<String> searchByAreaCode(String areaCode, String countryCodeA3, int quantity) {
        AvailableNumbersResponse response = restClient.get()
                .uri(uriBuilder -> uriBuilder
                        .path("/accounts/{accountId}/availableNumbers")
                        .queryParam("countryCodeA3", countryCodeA3)
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .body(AvailableNumbersResponse.class);
        return response == null ? List.of() : response.telephoneNumbersOrEmpty();
    }

    public InserviceNumbersResponse inServiceByAreaCode(String areaCode, int page) {
        return restClient.get()
                .uri("/accounts/{accountId}/inserviceNumbers?areacode={areaCode}&page={page}&size=500",
                        props.accountId(), areaCode, page)
                .retrieve()
                .body(InserviceNumbersResponse.class);
    }

    public long inServiceCount(String areaCode) {
        Map<String, Object> vars = Map.of("accountId", props.accountId(), "areaCode", areaCode);
        InserviceNumbersResponse response = restClient.get()
                .uri("/accounts/{accountId}/inserviceNumbers?countryCodeA3=USA&areaCode={areaCode}&size=1", vars)
                .retrieve()
                .body(InserviceNumbersResponse.class);
        return response == null ? 0 : response.totalCount();
    }

    /** Raw listing used by the nightly inventory sync. */
    public String listInventory(InventoryKind kind, String areaCode) {
        String url = String.format("%s%s?areaCode=%s&size=%d",
                props.baseUrl(), IrisResource.forInventory(kind).path(props.accountId()), areaCode, 500);
        log.info("Syncing {} inventory for area code {}", kind, areaCode);
        return restClient.get().uri(url).retrieve().body(String.class);
    }
}
