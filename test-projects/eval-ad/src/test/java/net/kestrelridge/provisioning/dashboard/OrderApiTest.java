package net.kestrelridge.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.kestrelridge.provisioning.dashboard.xml.OrderResponse;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.Test;

class OrderApiTest extends DashboardStubs {

    private static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";

    @Test
    void ordersExistingNumbers() {
        stubFor(post(urlPathEqualTo(API + "/orders")).willReturn(okXml(fixture("fixtures/order-response.xml"))));

        OrderResponse response = new OrderApi(client, settings)
                .orderExisting("KR-20240611-0042", List.of("9193350101", "9193350102"));

        assertThat(response.order.id).isEqualTo(ORDER_ID);
        assertThat(response.order.existingNumbers.telephoneNumbers).containsExactly("9193350101", "9193350102");
        verify(postRequestedFor(urlPathEqualTo(API + "/orders"))
                .withRequestBody(equalToXml(fixture("fixtures/expected-order-request.xml"))));
    }

    @Test
    void searchAndOrderByAreaCode() {
        stubFor(post(urlPathEqualTo(API + "/orders")).willReturn(okXml(fixture("fixtures/order-response.xml"))));

        new OrderApi(client, settings).orderByAreaCode("KR-20240611-0043", 984, 2);

        verify(postRequestedFor(urlPathEqualTo(API + "/orders"))
                .withRequestBody(matchingXPath("/Order/AreaCodeSearchAndOrderType/AreaCode/text()", equalTo("984")))
                .withRequestBody(matchingXPath("/Order/AreaCodeSearchAndOrderType/Quantity/text()", equalTo("2"))));
    }

    @Test
    void readsCompletedNumbers() {
        stubFor(get(urlPathEqualTo("/api/accounts/9900417/orders/" + ORDER_ID)).willReturn(okXml("""
                <OrderResponse>
                    <CompletedNumbers>
                        <TelephoneNumber><FullNumber>9193350101</FullNumber></TelephoneNumber>
                    </CompletedNumbers>
                    <OrderStatus>COMPLETE</OrderStatus>
                </OrderResponse>
                """)));

        OrderResponse response = new OrderApi(client, settings).get(ORDER_ID);

        assertThat(response.isComplete()).isTrue();
        assertThat(response.completedNumbers.get(0).fullNumber).isEqualTo(9193350101L);
    }
}
