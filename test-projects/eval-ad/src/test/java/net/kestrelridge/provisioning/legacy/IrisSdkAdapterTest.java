package net.kestrelridge.provisioning.legacy;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.util.List;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.Test;

/**
 * Pins the URLs the Iris SDK builds, and checks the adapter's payloads against WireMock.
 */
class IrisSdkAdapterTest extends DashboardStubs {

    @Test
    void defaultClientSendsToTheV10Path() throws Exception {
        IrisClient sdk = new IrisClient(ACCOUNT, "svc-porting", "secret");

        assertThat(sdk.buildAccountModelUri(new String[] {"importTnOrders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900417/importTnOrders");
    }

    @Test
    void pilotClientSendsToApiV2() throws Exception {
        IrisClient sdk = new IrisClientFactory(settings).pilot(ACCOUNT, "svc-porting", "secret");

        assertThat(sdk.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900417/importTnOrders/messaging");
    }

    @Test
    void importOrderThroughTheSdk() throws Exception {
        IrisClient sdk = new IrisClient("http://localhost:" + PORT, ACCOUNT, "svc-porting", "secret", "v1.0");
        stubFor(post(urlPathEqualTo("/v1.0/accounts/9900417/importTnOrders")).willReturn(okXml("""
                <ImportTnOrdersResponse><ImportTnOrder><OrderId>imp-1</OrderId></ImportTnOrder></ImportTnOrdersResponse>
                """)));
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("KR-HM-200");
        order.setSiteId(4417);
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber("9842150190");
        order.setTelephoneNumberList(List.of(number));

        ImportTnOrder.Create(sdk, order);

        verify(postRequestedFor(urlPathEqualTo("/v1.0/accounts/9900417/importTnOrders"))
                .withRequestBody(matchingXPath("//CustomerOrderId[text()='KR-HM-200']")));
    }

    @Test
    void existingNumberOrderThroughTheSdk() throws Exception {
        IrisClient sdk = new IrisClient("http://localhost:" + PORT, ACCOUNT, "svc-porting", "secret", "api/v2");
        stubFor(post(urlPathEqualTo("/api/v2/accounts/9900417/orders")).willReturn(okXml(
                "<OrderResponse><Order><id>o-77</id><SiteId>4417</SiteId></Order><OrderStatus>RECEIVED</OrderStatus></OrderResponse>")));
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of("9195551212"));
        Order order = new Order();
        order.setSiteId("4417");
        order.setExistingTelephoneNumberOrderType(existing);

        Order.create(sdk, order);

        verify(postRequestedFor(urlPathEqualTo("/api/v2/accounts/9900417/orders")));
    }
}
