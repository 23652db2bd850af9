package net.tidewaterconnect.numbering.dashboard;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.dashboard.model.AvailableNpaNxxEntry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class AvailableNumbersClient {

    private final RestClient dashboard;
    private final DashboardProperties props;

    public AvailableNumbersClient(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .path("/accounts/{accountId}/availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .queryParam("enableTNDetail", false)
                .buildAndExpand(props.accountId())
                .toUri();
        SearchResult result = dashboard.get().uri(uri).retrieve().body(SearchResult.class);
        return result == null ? List.of() : result.telephoneNumbers();
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        String url = String.format("%s/accounts/%s/availableNumbers?rateCenter=%s&state=%s&quantity=%d",
                props.baseUrl(), props.accountId(), rateCenter, state, quantity);
        SearchResult result = dashboard.get().uri(URI.create(url)).retrieve().body(SearchResult.class);
        return result == null ? List.of() : result.telephoneNumbers();
    }

    public List<String> searchLocal(String areaCode, String localVanity) {
        String url = String.format("%s/accounts/%s/availableNumbers?areaCode=%s&localVanity=%s&quantity=%d",
                props.baseUrl(), props.accountId(), areaCode, localVanity, 10);
        SearchResult result = dashboard.get().uri(URI.create(url)).retrieve().body(SearchResult.class);
        return result == null ? List.of() : result.telephoneNumbers();
    }

    public List<String> searchInCountry(String countryCodeA3, String areaCode) {
        String query = "?countryCodeA3=%s&areaCode=%s&quantity=25".formatted(countryCodeA3, areaCode);
        SearchResult result = dashboard.get()
                .uri(props.baseUrl() + "/accounts/" + props.accountId() + "/availableNumbers" + query)
                .retrieve()
                .body(SearchResult.class);
        return result == null ? List.of() : result.telephoneNumbers();
    }

    /** Lowest free number of the search, as the provisioning UI sorts numerically. */
    public long lowestAvailable(String areaCode) {
        return searchByAreaCode(areaCode, 50).stream()
                .mapToLong(Long::parseLong)
                .min()
                .orElseThrow();
    }

    public List<AvailableNpaNxxEntry> exchangesWithStock(String areaCode) {
        NpaNxxResult result = dashboard.get()
                .uri("/accounts/{accountId}/availableNpaNxx?areaCode={areaCode}&quantity=5", areaCode)
                .retrieve()
                .body(NpaNxxResult.class);
        return result == null ? List.of() : result.entries().stream()
                .filter(e -> e.getAreaCode() == Integer.parseInt(areaCode))
                .toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "SearchResult")
    record SearchResult(
            @JacksonXmlProperty(localName = "ResultCount") int resultCount,
            @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
    record NpaNxxResult(
            @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
            @JacksonXmlProperty(localName = "AvailableNpaNxx") List<AvailableNpaNxxEntry> entries) {
    }
}
