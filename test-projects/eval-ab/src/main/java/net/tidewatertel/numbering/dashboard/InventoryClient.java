package net.tidewatertel.numbering.dashboard;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.xml.NpaNxxXml;
import net.tidewatertel.numbering.dashboard.xml.SearchResultXml;
import net.tidewatertel.numbering.dashboard.xml.TnListXml;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Number inventory: what we own (inserviceNumbers) and what we could buy (availableNumbers).
 */
@Component
public class InventoryClient {

    private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);

    private static final String IN_SERVICE_BY_AREA =
            "/accounts/{accountId}/inserviceNumbers?areacode={areaCode}&page={page}&size={size}";

    private static final String NPA_NXX_QUERY = "/accounts/%s/availableNpaNxx?areaCode=%d&quantity=%d";

    private final RestClient restClient;
    private final DashboardProperties props;

    public InventoryClient(RestClient.Builder builder, DashboardProperties props) {
        this.props = props;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .defaultHeader("Accept", MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    /** All in-service numbers of one area code, following the Dashboard's page links. */
    public List<String> inServiceNumbers(String areaCode) {
        List<String> all = new ArrayList<>();
        int page = 1;
        TnListXml tns;
        do {
            tns = restClient.get()
                    .uri(IN_SERVICE_BY_AREA, props.getAccountId(), areaCode, page, props.getPageSize())
                    .retrieve()
                    .body(TnListXml.class);
            if (tns == null) {
                break;
            }
            all.addAll(tns.telephoneNumbers);
            page++;
        } while (tns.hasNext());
        log.info("{} in-service numbers in area code {}", all.size(), areaCode);
        return all;
    }

    public List<String> available(String areaCode, int quantity) {
        SearchResultXml result = restClient.get()
                .uri(uriBuilder -> uriBuilder
                        .path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .queryParam("enableTNDetail", false)
                        .build(props.getAccountId()))
                .retrieve()
                .body(SearchResultXml.class);
        if (result == null) {
            return List.of();
        }
        // the search sometimes returns toll-free or short entries when the rate centre is exhausted
        return result.telephoneNumbers.stream()
                .filter(tn -> tn.length() == 10)
                .collect(Collectors.toList());
    }

    /** Same search but restricted to one exchange; used when a customer wants a "matching" prefix. */
    public List<String> availableInExchange(String areaCode, String nxx, int quantity) {
        SearchResultXml result = restClient.get()
                .uri(uriBuilder -> uriBuilder
                        .path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("countryCodeA3", "USA")
                        .queryParam("areaCode", areaCode)
                        .queryParam("nxx", nxx)
                        .queryParam("quantity", quantity)
                        .build(props.getAccountId()))
                .retrieve()
                .body(SearchResultXml.class);
        return result == null ? List.of() : result.telephoneNumbers;
    }

    /** One search across several area codes (the Dashboard accepts the parameter repeated). */
    public List<String> availableInAny(Collection<String> areaCodes, int quantity) {
        StringBuilder query = new StringBuilder("quantity=").append(quantity);
        for (String areaCode : areaCodes) {
            query.append("&areaCode=").append(areaCode);
        }
        URI uri = URI.create(props.getBaseUrl() + "/accounts/" + props.getAccountId()
                + "/availableNumbers?" + query);
        SearchResultXml result = restClient.get().uri(uri).retrieve().body(SearchResultXml.class);
        return result == null ? List.of() : result.telephoneNumbers;
    }

    public List<String> availableInZip(String zip, int quantity) {
        SearchResultXml result = restClient.get()
                .uri(DashboardPaths.AVAILABLE_NUMBERS + "?zip={zip}&quantity={q}", props.getAccountId(), zip, quantity)
                .retrieve()
                .body(SearchResultXml.class);
        return result == null ? List.of() : result.telephoneNumbers;
    }

    /** Exchanges with stock in an area code, keyed by NXX. */
    public Map<String, Integer> exchangesWithStock(int areaCode) {
        String path = String.format(NPA_NXX_QUERY, props.getAccountId(), areaCode, 50);
        NpaNxxXml xml = restClient.get().uri(path).retrieve().body(NpaNxxXml.class);
        Map<String, Integer> byNxx = new TreeMap<>();
        if (xml != null) {
            for (NpaNxxXml.Entry e : xml.entries) {
                if (e.npa != areaCode) {
                    continue;
                }
                byNxx.merge(e.nxx, e.quantity, Integer::sum);
            }
        }
        return byNxx;
    }
}
