package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.SearchNumbersRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.SearchNumbersResponse;
import net.kestrelwave.provisioning.config.EnvironmentLoader;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.dashboard.FakeDashboardClient;
import net.kestrelwave.provisioning.rpc.BlockingObserver;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberSearchServiceTest {

    @Test
    void searchesByAreaCodeAndCountsPerNpa() throws Exception {
        String fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/available-numbers-response.xml")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FakeDashboardClient dashboard = new FakeDashboardClient().answer(200, fixture);
        NumberSearchService service = new NumberSearchService(dashboard, new DashboardXml(),
                new EnvironmentLoader().load("staging"));

        BlockingObserver<SearchNumbersResponse> observer = new BlockingObserver<>();
        service.handle(new SearchNumbersRequest("919", 5, false), observer);
        SearchNumbersResponse response = observer.single(1);

        assertEquals("areaCode=919&quantity=5&enableTNDetail=false", dashboard.last().uri().getRawQuery());
        assertEquals(3, response.numbers().size());
        assertEquals(2, response.countByAreaCode().get("919"));
    }

    @Test
    void canadianResellersPassTheCountry() {
        NumberSearchService service = new NumberSearchService(new FakeDashboardClient(), new DashboardXml(),
                new EnvironmentLoader().load("staging"));
        String query = service.searchInCountry("CAN", "416", 10).toUri("https://example.invalid").getRawQuery();
        assertEquals("countryCodeA3=CAN&areaCode=416&quantity=10", query);
    }
}
