package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;
import net.cascadiatel.provisioning.numbers.model.AvailableNumbersXml.SearchResult;

/** Numbers we already have in service on the Dashboard account. */
@Singleton
public class InserviceNumberService {

    private static final int PAGE_SIZE = 500;

    private final IrisClient client;
    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;

    @Inject
    public InserviceNumberService(IrisClient client, DashboardWsClient dashboard, DashboardPaths paths,
                                  IrisSettings settings) {
        this.client = client;
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
    }

    public List<String> inService(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("size", PAGE_SIZE);
        TNss page = InserviceNumber.list(client, query);
        return page.getTelephoneNumbers() == null ? List.of() : page.getTelephoneNumbers();
    }

    public List<String> inServiceInCountry(String areaCode) throws Exception {
        Map<String, Object> query = Map.of("countryCodeA3", settings.countryCode(), "areaCode", areaCode, "size", PAGE_SIZE);
        return InserviceNumber.list(client, query).getTelephoneNumbers();
    }

    public List<String> inServiceByPrefix(String areaCode, String exchange) throws Exception {
        Map<String, Object> query = Map.of("areaCode", areaCode, "npaNxx", areaCode + exchange, "size", PAGE_SIZE);
        return InserviceNumber.list(client, query).getTelephoneNumbers();
    }

    /** Per-NPA counts for the capacity dashboard. */
    public Map<Integer, Integer> countByAreaCode(List<String> areaCodes) throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String requested : areaCodes) {
            for (String tn : inService(requested)) {
                String npa = tn.substring(0, 3);
                int areaCode = Integer.parseInt(npa);
                counts.merge(areaCode, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The highest in-service number, used to pick the next sequential block to request. */
    public long highestInService(String areaCode) throws Exception {
        return inService(areaCode).stream()
                .mapToLong(tn -> Long.parseLong(tn))
                .max()
                .orElse(0L);
    }

    public CompletionStage<List<String>> inServiceAtSite(String siteId, String areaCode) {
        String url = paths.siteInserviceNumbers(siteId) + "?areacode=" + areaCode + "&size=" + PAGE_SIZE;
        return dashboard.checked(dashboard.getXml(url))
                .thenApply(body -> new ArrayList<>(Xml.read(body, SearchResult.class).getTelephoneNumbers()));
    }
}
