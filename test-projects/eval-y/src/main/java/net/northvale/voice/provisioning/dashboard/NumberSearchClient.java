package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import net.northvale.voice.provisioning.config.DashboardEndpoints;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;
import net.northvale.voice.provisioning.dashboard.xml.InserviceNumbersXml;
import net.northvale.voice.provisioning.dashboard.xml.SearchResultXml;

import java.util.ArrayList;
import java.util.List;

import static net.northvale.voice.provisioning.config.DashboardEndpoints.Q_AREA_CODE;
import static net.northvale.voice.provisioning.config.DashboardEndpoints.Q_QUANTITY;

/**
 * Number searches used by the order desk: what can we still order in an area code, and what do we
 * already have in service there.
 */
@ApplicationScoped
public class NumberSearchClient {

    private DashboardClient dashboard;

    protected NumberSearchClient() {
    }

    @Inject
    public NumberSearchClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public List<String> availableInAreaCode(String areaCode, int quantity) {
        WebTarget target = dashboard.account()
                .path("availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity);
        return dashboard.get(target, SearchResultXml.class).getTelephoneNumbers();
    }

    public List<String> availableInRateCenter(String rateCenter, String state, int quantity) {
        WebTarget target = dashboard.account()
                .path("availableNumbers")
                .queryParam("rateCenter", rateCenter)
                .queryParam("state", state)
                .queryParam(Q_QUANTITY, quantity);
        return dashboard.get(target, SearchResultXml.class).getTelephoneNumbers();
    }

    /** Same search with vanity pattern, used by the business sales team. */
    public List<String> availableLike(String areaCode, String pattern) {
        WebTarget target = dashboard.account()
                .path("availableNumbers")
                .queryParam(Q_AREA_CODE, areaCode)
                .queryParam("localVanity", pattern);
        return dashboard.get(target, SearchResultXml.class).getTelephoneNumbers();
    }

    public InserviceNumbersXml inService(String npa) {
        WebTarget target = dashboard.account()
                .path("inserviceNumbers")
                .queryParam("areacode", npa)
                .queryParam("size", ProvisioningDefaults.PAGE_SIZE_ALL);
        return dashboard.get(target, InserviceNumbersXml.class);
    }

    public List<SearchResultXml.NpaNxx> npaNxxBlocks(String areaCode) {
        String url = dashboard.accountUrl("/availableNpaNxx?areaCode=" + areaCode + "&quantity=" + 25);
        return dashboard.get(dashboard.client().target(url), SearchResultXml.class).getNpaNxxList();
    }

    /** One request for all of a market's area codes; the Dashboard ORs repeated filters. */
    public InserviceNumbersXml inServiceForMarket(List<Integer> areaCodes) {
        StringBuilder query = new StringBuilder(DashboardEndpoints.INSERVICE_NUMBERS_QUERY);
        for (Integer ac : areaCodes) {
            query.append("areaCode=").append(ac).append('&');
        }
        query.append("size=1000");
        return dashboard.get(dashboard.client().target(dashboard.accountUrl(query.toString())), InserviceNumbersXml.class);
    }

    /** Toll-free search for the IVR team; toll-free numbers have no geographic area code. */
    public List<String> tollFreeLike(String mask) {
        WebTarget target = dashboard.account()
                .path("availableNumbers")
                .queryParam("tollFreeWildCardPattern", mask)
                .queryParam("quantity", 5);
        return dashboard.get(target, SearchResultXml.class).getTelephoneNumbers();
    }

    public List<String> availableWithCountry(String areaCode, int quantity) {
        WebTarget target = dashboard.account()
                .path("availableNumbers")
                .queryParam("countryCodeA3", "USA")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity);
        return dashboard.get(target, SearchResultXml.class).getTelephoneNumbers();
    }

    public List<String> flatten(List<InserviceNumbersXml> pages) {
        List<String> all = new ArrayList<>();
        for (InserviceNumbersXml page : pages) {
            for (Long tn : page.getTelephoneNumbers()) {
                all.add(String.valueOf(tn));
            }
        }
        return all;
    }
}
