package net.cobaltline.inventory.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import net.cobaltline.inventory.support.DashboardStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins down which URLs the Iris SDK really calls, since it rewrites the path of the URI it gets.
 */
class LegacyIrisGatewayTest {

    @RegisterExtension
    static WireMockExtension wm = DashboardStubs.server();

    @Test
    void sdkDefaultClientUsesTheVersionedPath() throws Exception {
        IrisClient client = LegacyIrisClientFactory.production("9900712", "u", "p");

        assertThat(client.buildAccountModelUri(new String[]{"inserviceNumbers"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900712/inserviceNumbers");
    }

    @Test
    void v2ClientCarriesApiV2InTheVersion() throws Exception {
        IrisClient client = LegacyIrisClientFactory.productionV2("9900712", "u", "p");

        assertThat(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900712/importTnOrders/messaging");
    }

    @Test
    void hostsMessagingThroughImportOrders() throws Exception {
        IrisClient client = new IrisClient(wm.baseUrl(), DashboardStubs.ACCOUNT, "u", "p", "v1.0");
        wm.stubFor(post(urlPathEqualTo("/v1.0/accounts/9900712/importTnChecker"))
                .willReturn(aResponse().withStatus(200).withBody("<ImportTnCheckerResponse/>")));
        // POST /v1.0/accounts/9900712/importTnOrders comes from wiremock/mappings/import-tn-orders.json

        String orderId = new LegacyIrisGateway(client, "4512", "508812")
                .hostMessaging("PORT-88", List.of("2527811840"));

        assertThat(orderId).isEqualTo("b05de7e6-0cab-4c83-81bb-9379cba8efd0");
        wm.verify(postRequestedFor(urlPathEqualTo("/v1.0/accounts/9900712/importTnOrders"))
                .withRequestBody(containing("2527811840")));
    }

    @Test
    void createsImportOrderWithTheSdkDirectly() throws Exception {
        IrisClient client = new IrisClient(wm.baseUrl(), DashboardStubs.ACCOUNT, "u", "p", "v1.0");
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("PORT-89");
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber("2527811841");
        order.setTelephoneNumberList(List.of(tn));

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);

        assertThat(response.getImportTnOrder().getOrderId()).isNotBlank();
    }

    @Test
    void searchesInServiceNumbersByAreaCode() throws Exception {
        IrisClient client = new IrisClient(wm.baseUrl(), DashboardStubs.ACCOUNT, "u", "p", "v1.0");
        wm.stubFor(get(urlPathEqualTo("/v1.0/accounts/9900712/inserviceNumbers"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody("""
                        <TNs><TotalCount>1</TotalCount>
                        <TelephoneNumbers><Count>1</Count><TelephoneNumber>2527811840</TelephoneNumber></TelephoneNumbers>
                        </TNs>""")));

        List<String> numbers = new LegacyIrisGateway(client, "4512", "508812").inServiceInAreaCode("252");

        assertThat(numbers).containsExactly("2527811840");
        wm.verify(getRequestedFor(urlPathEqualTo("/v1.0/accounts/9900712/inserviceNumbers"))
                .withQueryParam("areaCode", equalTo("252")));
    }
}
