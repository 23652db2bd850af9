package net.tidewaterconnect.numbering.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.dashboard.api.InserviceNumbersApi;
import net.tidewaterconnect.numbering.dashboard.model.TnListResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class InserviceNumberClient {

    private final RestClient dashboard;
    private final InserviceNumbersApi api;
    private final DashboardProperties props;

    public InserviceNumberClient(@Qualifier("dashboard") RestClient dashboard, InserviceNumbersApi api,
            DashboardProperties props) {
        this.dashboard = dashboard;
        this.api = api;
        this.props = props;
    }

    /** Every in-service number of one NPA, following the paging links. */
    public List<String> inServiceFor(String areaCode) {
        List<String> result = new ArrayList<>();
        String next = "/accounts/" + props.accountId() + "/inserviceNumbers?areacode=" + areaCode + "&size=500";
        while (next != null) {
            TnListResponse page = dashboard.get().uri(next).retrieve().body(TnListResponse.class);
            if (page == null) {
                break;
            }
            result.addAll(page.telephoneNumbers());
            next = page.links() == null ? null : page.links().next();
        }
        return result.stream().filter(tn -> tn.length() == 10).toList();
    }

    public int countInService(String areaCode) {
        TnListResponse page = dashboard.get()
                .uri(b -> b.path(DashboardPaths.IN_SERVICE_NUMBERS)
                        .queryParam("areaCode", areaCode)
                        .queryParam("size", 1)
                        .build(props.accountId()))
                .retrieve()
                .body(TnListResponse.class);
        return page == null ? 0 : page.totalCount();
    }

    public int countInServiceV2Style(String areaCode) {
        TnListResponse page = dashboard.get()
                .uri(b -> b.path(DashboardPaths.IN_SERVICE_NUMBERS)
                        .queryParam("countryCodeA3", "USA")
                        .queryParam("areaCode", areaCode)
                        .queryParam("size", 1)
                        .build(props.accountId()))
                .retrieve()
                .body(TnListResponse.class);
        return page == null ? 0 : page.totalCount();
    }

    /** Numbers of one NPA grouped by exchange, for the capacity planning sheet. */
    public Map<String, List<String>> byExchange(String areaCode) {
        TnListResponse page = api.byAreaCode(areaCode, "1", 500);
        return page.telephoneNumbers().stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(3, 6), TreeMap::new, Collectors.toList()));
    }

    /** In-service count per NPA for the whole state. */
    public Map<String, Long> countByNpa(String state) {
        TnListResponse page = api.byState(state, 5000);
        return page.telephoneNumbers().stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(0, 3), TreeMap::new, Collectors.counting()));
    }

    /** One request for several NPAs: the Dashboard accepts the filter repeated. */
    public int countForAreaCodes(List<String> areaCodes) {
        StringBuilder query = new StringBuilder();
        for (String areaCode : areaCodes) {
            query.append(query.length() == 0 ? "?" : "&").append("areacode=").append(areaCode);
        }
        TnListResponse page = dashboard.get()
                .uri(DashboardPaths.IN_SERVICE_NUMBERS + query + "&size=1")
                .retrieve()
                .body(TnListResponse.class);
        return page == null ? 0 : page.totalCount();
    }

    public List<String> siteNumbers(String areaCode) {
        return api.siteByAreaCode(areaCode).telephoneNumbers();
    }
}
