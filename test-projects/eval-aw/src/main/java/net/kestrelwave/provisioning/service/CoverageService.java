package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import org.w3c.dom.Element;

import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Which NPA-NXX blocks still have stock, for the sales coverage map.
 */
public class CoverageService {

    public record NpaNxxBlock(Integer areaCode, String nxx, String city, int quantity) {
    }

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final EnvironmentConfig env;

    public CoverageService(DashboardHttpClient dashboard, DashboardXml xml, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.env = env;
    }

    public List<NpaNxxBlock> blocks(String areaCode) {
        URI uri = URI.create(env.dashboardBaseUrl() + "/accounts/" + env.accountId()
                + "/availableNpaNxx?areaCode=" + areaCode);
        String body = dashboard.execute("GET", uri, null, "available_npa_nxx").body();
        List<NpaNxxBlock> blocks = new ArrayList<>();
        for (Element element : xml.elements(body, "//AvailableNpaNxx")) {
            Integer npa = Integer.valueOf(DashboardXml.childText(element, "Npa"));
            int quantity = Integer.parseInt(DashboardXml.childText(element, "Quantity"));
            blocks.add(new NpaNxxBlock(npa, DashboardXml.childText(element, "Nxx"),
                    DashboardXml.childText(element, "City"), quantity));
        }
        return blocks;
    }

    /** Site-level in-service count per area code, for the capacity report. */
    public int inServiceCount(String siteId, String areaCode) {
        String url = MessageFormat.format("{0}/accounts/{1}/sites/{2}/inserviceNumbers/totals",
                env.dashboardBaseUrl(), env.accountId(), siteId);
        String query = String.format("?areaCode=%s&countryCodeA3=USA", areaCode);
        String body = dashboard.execute("GET", URI.create(url + query), null, "site_inservice_totals").body();
        return Integer.parseInt(xml.text(body, "//Count"));
    }

    public String siteInService(String siteId, String areaCode, int page) {
        String path = String.format("/accounts/%s/sites/%s/inserviceNumbers?areaCode=%s&page=%d&size=500",
                env.accountId(), siteId, areaCode, page);
        return dashboard.execute("GET", URI.create(env.dashboardBaseUrl() + path), null, "site_inservice").body();
    }
}
