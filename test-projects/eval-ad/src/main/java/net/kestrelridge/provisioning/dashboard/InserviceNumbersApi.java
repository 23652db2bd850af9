package net.kestrelridge.provisioning.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the account's in-service inventory (used by the reconciliation and capacity reports).
 */
@Singleton
public class InserviceNumbersApi {

    private static final Logger log = LoggerFactory.getLogger(InserviceNumbersApi.class);
    private static final int PAGE_SIZE = 500;

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final EndpointCatalog endpoints;

    @Inject
    public InserviceNumbersApi(DashboardHttpClient client, DashboardUris uris, EndpointCatalog endpoints) {
        this.client = client;
        this.uris = uris;
        this.endpoints = endpoints;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class TNs {

        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    public List<String> inAreaCode(int npa) {
        List<String> result = new ArrayList<>();
        int page = 1;
        while (true) {
            URI uri;
            try {
                uri = new URIBuilder(uris.accountUrl(DashboardPaths.INSERVICE_NUMBERS))
                        .setParameter("areacode", String.valueOf(npa))
                        .setParameter("page", Integer.toString(page))
                        .setParameter("size", Integer.toString(PAGE_SIZE))
                        .build();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
            TNs tns = XmlMappers.read(client.get(uri), TNs.class);
            result.addAll(tns.telephoneNumbers);
            if (tns.telephoneNumbers.size() < PAGE_SIZE) {
                return result;
            }
            page++;
        }
    }

    /** Site-level variant, for the per-site capacity report. */
    public TNs inSiteAreaCode(int siteId, String areaCode) {
        URI site = uris.account("sites", Integer.toString(siteId), "inserviceNumbers");
        String xml = client.send(() -> ClassicRequestBuilder.get(site)
                .addParameter("areaCode", areaCode)
                .addParameter("size", Integer.toString(PAGE_SIZE))
                .build());
        return XmlMappers.read(xml, TNs.class);
    }

    /** Same query through the named endpoint template (used by the ops CLI). */
    public TNs inAreaCodeFromCatalog(String areaCode) {
        String url = endpoints.url("inserviceByAreaCode", Map.of("areaCode", areaCode));
        return XmlMappers.read(client.get(URI.create(url)), TNs.class);
    }

    /** In-service numbers grouped by area code, for the capacity dashboard. */
    public Map<Integer, List<String>> groupByAreaCode(List<String> inService) {
        Map<Integer, List<String>> byAreaCode = new TreeMap<>();
        for (String tn : inService) {
            if (tn.length() != 10) {
                log.warn("skipping unexpected in-service number {}", tn);
                continue;
            }
            byAreaCode.computeIfAbsent(Integer.valueOf(tn.substring(0, 3)), k -> new ArrayList<>()).add(tn);
        }
        return byAreaCode;
    }
}
