package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.mockserver.model.XmlBody.xml;

import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.junit.jupiter.MockServerExtension;
import org.mockserver.verify.VerificationTimes;

@ExtendWith(MockServerExtension.class)
class OrderClientTest {

    private static final String ORDERS = "/api/accounts/5009876/orders";

    private static final String ORDER_RESPONSE = """
            <OrderResponse>
                <Order>
                    <id>47955555-67aa-4adb-8c0f-b6894e60c0dc</id>
                    <ExistingTelephoneNumberOrderType>
                        <TelephoneNumberList>
                            <TelephoneNumber>7575550123</TelephoneNumber>
                        </TelephoneNumberList>
                    </ExistingTelephoneNumberOrderType>
                </Order>
                <OrderStatus>RECEIVED</OrderStatus>
            </OrderResponse>
            """;

    private final ClientAndServer server;
    private OrderClient client;

    OrderClientTest(ClientAndServer server) {
        this.server = server;
    }

    @BeforeEach
    void setUp() {
        server.reset();
        DashboardProperties props = TestDashboardClients.props(server.getPort());
        client = new OrderClient(TestDashboardClients.restClient(props), TestDashboardClients.templates(), props);
    }

    @Test
    void rendersTheOrderTemplate() {
        server.when(request().withMethod("POST").withPath(ORDERS))
                .respond(response().withStatusCode(201).withHeader("Content-Type", "application/xml")
                        .withBody(ORDER_RESPONSE));

        String response = client.orderExisting("TW-1001", List.of("7575550123"));

        assertThat(response).contains("RECEIVED");
        server.verify(request().withMethod("POST").withBody(xml("""
                <Order>
                    <CustomerOrderId>TW-1001</CustomerOrderId>
                    <SiteId>3101</SiteId>
                    <PeerId>552190</PeerId>
                    <PartialAllowed>false</PartialAllowed>
                    <ExistingTelephoneNumberOrderType>
                        <TelephoneNumberList>
                            <TelephoneNumber>7575550123</TelephoneNumber>
                        </TelephoneNumberList>
                    </ExistingTelephoneNumberOrderType>
                </Order>
                """)), VerificationTimes.once());
    }

    @Test
    void disconnectCarriesTheNumbers() {
        server.when(request().withMethod("POST").withPath("/api/accounts/5009876/disconnects"))
                .respond(response().withStatusCode(201));

        client.disconnect("TW-1002", List.of("18045550134"));

        server.verify(request().withMethod("POST")
                .withBody(org.mockserver.model.StringBody.subString("<TelephoneNumber>18045550134</TelephoneNumber>")));
    }

    @Test
    void customerOrderIdIsNotANumberToConvert() {
        server.when(request().withMethod("POST").withPath(ORDERS))
                .respond(response().withStatusCode(201).withBody(ORDER_RESPONSE));

        client.orderExisting("4105938271", List.of("+17575550125"));

        server.verify(request().withBody(org.mockserver.model.StringBody.subString(
                "<CustomerOrderId>4105938271</CustomerOrderId>")));
    }
}
