package net.kestrelridge.provisioning.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.github.benmanes.caffeine.cache.Cache;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Searches the Dashboard's available inventory before an order is placed.
 */
@Singleton
public class InventorySearchApi {

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final Cache<Integer, List<String>> availabilityByAreaCode;

    @Inject
    public InventorySearchApi(DashboardHttpClient client, DashboardUris uris,
                              @Named("areaCodeAvailability") Cache<Integer, List<String>> availabilityByAreaCode) {
        this.client = client;
        this.uris = uris;
        this.availabilityByAreaCode = availabilityByAreaCode;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class SearchResult {

        @JacksonXmlProperty(localName = "ResultCount")
        public int resultCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class NpaNxxResult {

        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx")
        public List<NpaNxx> entries = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class NpaNxx {

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Npa")
        public int npa;

        @JacksonXmlProperty(localName = "Nxx")
        public String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }

    /** Up to {@code quantity} available numbers in the area code, cached for a few minutes. */
    public List<String> availableInAreaCode(int areaCode, int quantity) {
        return availabilityByAreaCode.get(areaCode, ac -> search(String.valueOf(ac), quantity));
    }

    private List<String> search(String areaCode, int quantity) {
        try {
            URI uri = uris.accountBuilder()
                    .appendPathSegments("availableNumbers")
                    .addParameter("areaCode", areaCode)
                    .addParameter("quantity", Integer.toString(quantity))
                    .build();
            return XmlMappers.read(client.get(uri), SearchResult.class).telephoneNumbers;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Numbers in the area code with rate center details, for the sales quote tool. */
    public String searchWithDetails(String areaCode, int quantity) {
        String query = String.format("areaCode=%s&enableTNDetail=true&quantity=%d", areaCode, quantity);
        return client.get(URI.create(uris.accountUrl(DashboardPaths.AVAILABLE_NUMBERS) + "?" + query));
    }

    /** NPA-NXX blocks with stock in the area code. */
    public List<NpaNxx> npaNxx(String areaCode) {
        String url = uris.accountUrl(DashboardPaths.AVAILABLE_NPA_NXX) + "?areaCode=" + areaCode;
        return XmlMappers.read(client.get(URI.create(url)), NpaNxxResult.class).entries;
    }

    /** Availability across several area codes in one call (the Dashboard ORs repeated filters). */
    public SearchResult searchMany(Collection<String> areaCodes, int quantity) {
        StringBuilder qs = new StringBuilder("?quantity=").append(quantity);
        for (String ac : areaCodes) {
            qs.append("&areaCode=").append(ac);
        }
        return XmlMappers.read(client.get(URI.create(uris.accountUrl(DashboardPaths.AVAILABLE_NUMBERS) + qs)), SearchResult.class);
    }

    /** Toll-free and international searches already follow the v2 filter rules. */
    public SearchResult searchInCountry(String countryCodeA3, String areaCode, int quantity) {
        try {
            URI uri = new URIBuilder(uris.accountUrl(DashboardPaths.AVAILABLE_NUMBERS))
                    .addParameter("countryCodeA3", countryCodeA3)
                    .addParameter("areaCode", areaCode)
                    .addParameter("quantity", Integer.toString(quantity))
                    .build();
            return XmlMappers.read(client.get(uri), SearchResult.class);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
