package net.cobaltline.inventory.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.support.DashboardStubs;
import net.cobaltline.inventory.support.TestDashboardConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static net.cobaltline.inventory.support.DashboardStubs.API;
import static net.cobaltline.inventory.support.DashboardStubs.BASE_PATH;
import static net.cobaltline.inventory.support.DashboardStubs.COMPLETED_TN;
import static net.cobaltline.inventory.support.DashboardStubs.ORDER_TNS;
import static org.assertj.core.api.Assertions.assertThat;

class NumberOrderServiceTest {

    @RegisterExtension
    static WireMockExtension wm = DashboardStubs.server();

    private NumberOrderService service;
    private InventoryRepository repository;

    @BeforeEach
    void setUp() {
        repository = new InventoryRepository();
        service = new NumberOrderService();
        service.accounts = DashboardStubs.restClient(wm, BASE_PATH, DashboardAccountsClient.class);
        service.config = TestDashboardConfig.pointingAt(wm.baseUrl() + BASE_PATH);
        service.repository = repository;
        service.clock = Clock.fixed(Instant.parse("2024-05-02T10:15:00Z"), ZoneOffset.UTC);

        wm.stubFor(post(urlEqualTo(API + "/orders"))
                .willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/xml")
                        .withBodyFile("order-response.xml")));
    }

    @Test
    void ordersPickedNumbers() {
        String orderId = service.orderNumbers("C-1001", ORDER_TNS);

        assertThat(orderId).isEqualTo("47955555-67aa-4adb-8c0f-b6894e60c0dc");
        wm.verify(postRequestedFor(urlEqualTo(API + "/orders"))
                .withRequestBody(matchingXPath("//ExistingTelephoneNumberOrderType/TelephoneNumberList/TelephoneNumber[1]",
                        equalTo("9195550142")))
                .withRequestBody(matchingXPath("//SiteId", equalTo("4512"))));
    }

    @Test
    void sendsTheDocumentedOrderBody() {
        service.orderNumbers("C-1001", ORDER_TNS);

        wm.verify(postRequestedFor(urlEqualTo(API + "/orders"))
                .withRequestBody(equalToXml(DashboardStubs.fixture("expected-order-request.xml"), true)));
    }

    @Test
    void normalisesFormattedInputBeforeOrdering() {
        service.orderNumbers("C-1002", List.of("(919) 555-0150", "+1 919 555 0151", "9195550152"));

        assertThat(repository.contains("9195550150")).isTrue();
        assertThat(repository.contains("9195550151")).isTrue();
        assertThat(repository.findByTn("9195550152")).get()
                .extracting(r -> r.status()).isEqualTo(NumberStatus.ORDERED);
    }

    @Test
    void ordersByAreaCode() {
        service.orderInAreaCode("C-1003", 919, 3);

        wm.verify(postRequestedFor(urlEqualTo(API + "/orders"))
                .withRequestBody(matchingXPath("//AreaCodeSearchAndOrderType/AreaCode", equalTo("919")))
                .withRequestBody(matchingXPath("//AreaCodeSearchAndOrderType/Quantity", equalTo("3"))));
    }

    @Test
    void recordsCompletedNumbersFromTheOrderResponse() {
        wm.stubFor(get(urlEqualTo(API + "/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml")
                        .withBodyFile("order-response.xml")));
        var response = service.accounts.getOrder(DashboardStubs.ACCOUNT, "47955555-67aa-4adb-8c0f-b6894e60c0dc");

        int recorded = service.recordCompleted("C-1001", response);

        assertThat(recorded).isEqualTo(1);
        assertThat(repository.findByTn(COMPLETED_TN)).isPresent();
    }
}
