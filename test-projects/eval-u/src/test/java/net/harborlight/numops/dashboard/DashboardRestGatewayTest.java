package net.harborlight.numops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.harborlight.numops.support.Fixtures;
import net.harborlight.numops.support.RecordingRequestFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

class DashboardRestGatewayTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private RecordingRequestFactory fake;
    private DashboardRestGateway gateway;

    @BeforeEach
    void setUp() {
        fake = new RecordingRequestFactory();
        RestClient client = RestClient.builder().baseUrl(BASE).requestFactory(fake).build();
        gateway = new DashboardRestGateway(client, Fixtures.props());
    }

    @Test
    void availableNumbersSearch() {
        fake.respondWithXml(Fixtures.read("order-response.xml"));

        gateway.searchAvailableNumbers("919", 5);

        assertThat(fake.only().uri().toString()).isEqualTo(
                BASE + "/accounts/9900123/availableNumbers?areaCode=919&quantity=5&enableTNDetail=true");
    }

    @Test
    void npaNxxSearchCarriesTheCountry() {
        gateway.searchAvailableNpaNxx("919");

        assertThat(fake.only().uri().getQuery()).isEqualTo("countryCodeA3=USA&areaCode=919");
    }

    @Test
    void orderListingIsPaged() {
        gateway.listOrders(LocalDate.of(2024, 5, 1), 2, 500);

        RecordingRequestFactory.RecordedRequest request = fake.only();
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.uri().toString()).isEqualTo(
                "https://dashboard.bandwidth.com/api/accounts/9900123/orders?modifiedDateFrom=2024-05-01&page=2&size=500");
    }
}
