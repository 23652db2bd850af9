package net.tidewatertel.provisioning.numbers;

import java.io.IOException;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.XmlSupport;

/** In-service numbers per Dashboard site (one site per central office). */
public class SiteInventoryService {

    private final DashboardHttpClient http;
    private final String accountId;

    public SiteInventoryService(DashboardHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public List<String> numbersOnSite(String siteId, String areaCode) throws IOException {
        String url = UriComponentsBuilder.fromHttpUrl(http.getBaseUrl())
                .pathSegment("accounts", accountId, "sites", siteId, "inserviceNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("size", 1000)
                .toUriString();
        return XmlSupport.texts(http.get(url).getBody(), "TelephoneNumber");
    }

    public List<String> numbersOnSiteForCountry(String siteId, String countryCodeA3, String areaCode) throws IOException {
        String url = UriComponentsBuilder.fromHttpUrl(http.getBaseUrl())
                .pathSegment("accounts", accountId, "sites", siteId, "inserviceNumbers")
                .queryParam("countryCodeA3", countryCodeA3)
                .queryParam("areaCode", areaCode)
                .toUriString();
        return XmlSupport.texts(http.get(url).getBody(), "TelephoneNumber");
    }

    public int totalOnSite(String siteId) throws IOException {
        String url = UriComponentsBuilder.fromHttpUrl(http.getBaseUrl())
                .pathSegment("accounts", accountId, "sites", siteId, "inserviceNumbers", "totals")
                .toUriString();
        List<String> counts = XmlSupport.texts(http.get(url).getBody(), "Count");
        return counts.isEmpty() ? 0 : Integer.parseInt(counts.get(0));
    }
}
