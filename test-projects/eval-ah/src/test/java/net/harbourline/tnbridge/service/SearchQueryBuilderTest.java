package net.harbourline.tnbridge.service;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchQueryBuilderTest {

    private final SearchQueryBuilder builder = new SearchQueryBuilder(settings());

    private static DashboardSettings settings() {
        DashboardSettings settings = new DashboardSettings();
        settings.setBaseUrl(DashboardPaths.DEFAULT_BASE_URL);
        settings.setAccountId("9900012");
        settings.setSiteId("24713");
        return settings;
    }

    @Test
    void npaNxxSearch() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/availableNpaNxx?areaCode=919",
                builder.npaNxx("919"));
    }

    @Test
    void availableNumbersSearch() throws Exception {
        assertEquals("/api/accounts/9900012/availableNumbers", builder.availableNumbers("984", 5).getPath());
    }

    @Test
    void metroSearchRepeatsTheAreaCode() {
        String url = builder.metroSearch(List.of("919", "984"), 10);
        assertEquals(true, url.endsWith("availableNumbers?quantity=10&areaCode=919&areaCode=984"), url);
    }

    @Test
    void siteSearchAlreadyCarriesTheCountry() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/sites/24713/inserviceNumbers?countryCodeA3=USA&areaCode=252",
                builder.siteInService("252"));
    }
}
