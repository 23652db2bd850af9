package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.model.DashboardResponses;

/** Searches the Dashboard for numbers we can order. */
@Service
public class NumberSearchService {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final XmlMapper xml;

    public NumberSearchService(DashboardHttpClient dashboard, DashboardProperties props, XmlMapper xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        String path = String.format(DashboardEndpoints.AVAILABLE_NUMBERS, props.getAccountId());
        String body = dashboard.execute(() -> dashboard.newRequest(path)
                .param("areaCode", areaCode)
                .param("quantity", String.valueOf(quantity)));
        return read(body).telephoneNumbers.stream()
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    /** Same search for the Canadian desk, which already passes the country explicitly. */
    public List<String> searchByAreaCodeInCountry(String areaCode, String countryCodeA3, int quantity) {
        String path = String.format(DashboardEndpoints.AVAILABLE_NUMBERS, props.getAccountId());
        String body = dashboard.execute(() -> dashboard.newRequest(path)
                .param("countryCodeA3", countryCodeA3)
                .param("areaCode", areaCode)
                .param("quantity", String.valueOf(quantity)));
        return read(body).telephoneNumbers;
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        String path = String.format(DashboardEndpoints.AVAILABLE_NUMBERS, props.getAccountId());
        String body = dashboard.execute(() -> dashboard.newRequest(path)
                .param("rateCenter", rateCenter)
                .param("state", state)
                .param("quantity", String.valueOf(quantity)));
        return read(body).telephoneNumbers;
    }

    public List<String> searchTollFree(String wildcard, int quantity) {
        String path = String.format(DashboardEndpoints.AVAILABLE_NUMBERS, props.getAccountId());
        String body = dashboard.execute(() -> dashboard.newRequest(path)
                .param("tollFreeWildCardPattern", wildcard)
                .param("quantity", String.valueOf(quantity)));
        return read(body).telephoneNumbers;
    }

    /** Used by the provisioning UI's "quick pick", which wants ten numbers and nothing else. */
    public List<String> quickPick(String areaCode) {
        String url = String.format("%s/accounts/%s/availableNumbers?areaCode=%s&quantity=%d",
                props.getBaseUrl(), props.getAccountId(), areaCode, 10);
        return read(dashboard.execute(() -> dashboard.newAbsoluteRequest(url))).telephoneNumbers;
    }

    /** Exchanges with free numbers; the provisioning UI asks with the country already set. */
    public List<DashboardResponses.AvailableNpaNxx> availableExchanges(String areaCode) {
        String path = String.format("/accounts/%s/availableNpaNxx", props.getAccountId());
        String body = dashboard.execute(() -> dashboard.newRequest(path)
                .param("countryCodeA3", "USA")
                .param("areaCode", areaCode));
        try {
            return xml.readValue(body, DashboardResponses.AvailableNpaNxxList.class).exchanges;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable availableNpaNxx result", e);
        }
    }

    /** Link for the "open in Dashboard" button of the provisioning UI. */
    public String searchLink(String areaCode, int quantity) {
        return UriComponentsBuilder.fromHttpUrl(props.getBaseUrl())
                .path("/accounts/{account}/availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(props.getAccountId())
                .toUriString();
    }

    /** Groups search results by area code so the UI can show one column per NPA. */
    public Map<String, List<String>> groupByAreaCode(List<String> numbers) {
        return numbers.stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(0, 3), TreeMap::new, Collectors.toList()));
    }

    private DashboardResponses.SearchResult read(String body) {
        try {
            return xml.readValue(body, DashboardResponses.SearchResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable SearchResult", e);
        }
    }
}
