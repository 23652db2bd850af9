package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.model.SearchResultXml;

/** Weekly audit: what the Dashboard says is in service versus what the CRM bills. */
public class InserviceAuditService {

    private static final Set<Integer> TOLL_FREE_NPAS = Set.of(800, 833, 844, 855, 866, 877, 888);

    private final DashboardClient dashboard;
    private final DashboardSettings settings;

    public InserviceAuditService(DashboardClient dashboard) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
    }

    // v1 spelling kept on purpose, the lower-case filter is what the audit scripts were written against:
    // GET https://dashboard.bandwidth.com/api/accounts/{id}/inserviceNumbers?areacode=919
    public Map<String, Integer> countByNpa(String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(String.format("%s/accounts/%s/inserviceNumbers",
                settings.baseUrl(), settings.accountId()));
        url.set("areacode", areaCode);
        url.set("size", 1000);
        SearchResultXml result = dashboard.get(url, SearchResultXml.class);
        Map<String, Integer> counts = new TreeMap<>();
        for (String tn : result.telephoneNumbers()) {
            String npa = tn.substring(0, 3);
            counts.merge(npa, 1, Integer::sum);
        }
        return counts;
    }

    public List<String> siteNumbers(String siteId, List<String> areaCodes) throws IOException {
        StringBuilder query = new StringBuilder("?size=1000");
        for (String areaCode : areaCodes) {
            query.append("&areaCode=").append(areaCode);
        }
        GenericUrl url = new GenericUrl(settings.baseUrl() + "/accounts/" + settings.accountId() + "/sites/"
                + siteId + "/inserviceNumbers" + query);
        return dashboard.get(url, SearchResultXml.class).telephoneNumbers();
    }

    public long tollFreeCount() throws IOException {
        GenericUrl url = new GenericUrl(settings.baseUrl() + "/accounts/" + settings.accountId() + "/inserviceNumbers");
        url.set("size", 5000);
        return dashboard.get(url, SearchResultXml.class).telephoneNumbers().stream()
                .filter(tn -> TOLL_FREE_NPAS.contains(Integer.valueOf(tn.substring(0, 3))))
                .count();
    }
}
