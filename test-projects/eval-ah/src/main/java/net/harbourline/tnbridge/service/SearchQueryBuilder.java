package net.harbourline.tnbridge.service;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.apache.hc.core5.net.URIBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.List;

/**
 * Search URLs for the admin console, which calls the Dashboard directly through the
 * {@code dashboard-http} route with a fully built URI in the {@code CamelHttpUri} header.
 */
public class SearchQueryBuilder {

    private final DashboardSettings settings;

    public SearchQueryBuilder(DashboardSettings settings) {
        this.settings = settings;
    }

    public URI availableNumbers(String areaCode, int quantity) throws URISyntaxException {
        return new URIBuilder(settings.accountRoot() + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .addParameter("enableTNDetail", "true")
                .build();
    }

    public URI availableNumbersByRateCenter(String rateCenter, String state) throws URISyntaxException {
        return new URIBuilder(settings.accountRoot() + "/availableNumbers")
                .addParameter("rateCenter", rateCenter)
                .addParameter("state", state)
                .build();
    }

    public String npaNxx(String areaCode) {
        return String.format("%s/accounts/%s/availableNpaNxx?areaCode=%s", settings.getBaseUrl(),
                settings.getAccountId(), areaCode);
    }

    public String inService(String areaCode, int page) {
        return MessageFormat.format("{0}/accounts/{1}/inserviceNumbers?areaCode={2}&page={3}&size=500",
                settings.getBaseUrl(), settings.getAccountId(), areaCode, page);
    }

    /** Several NPAs of one metro area in one search (the console's "Raleigh-Durham" button). */
    public String metroSearch(List<String> areaCodes, int quantity) {
        StringBuilder url = new StringBuilder(settings.accountRoot()).append("/availableNumbers?quantity=").append(quantity);
        for (String npa : areaCodes) {
            url.append("&areaCode=").append(npa);
        }
        return url.toString();
    }

    /** Site-level in-service numbers, already on the v2 filter format the console team tested. */
    public String siteInService(String areaCode) {
        return settings.accountRoot() + "/sites/" + settings.getSiteId() + DashboardPaths.INSERVICE_NUMBERS
                + "?countryCodeA3=USA&areaCode=" + areaCode;
    }
}
