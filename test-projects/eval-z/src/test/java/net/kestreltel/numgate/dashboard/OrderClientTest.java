package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class OrderClientTest {

    private static final String EXPECTED_ORDER = """
            <?xml version='1.0' encoding='UTF-8'?>
            <Order>
                <CustomerOrderId>KT-1726150291-042</CustomerOrderId>
                <SiteId>461</SiteId>
                <PeerId>303716</PeerId>
                <PartialAllowed>true</PartialAllowed>
                <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                        <TelephoneNumber>9195551234</TelephoneNumber>
                        <TelephoneNumber>19195551235</TelephoneNumber>
                    </TelephoneNumberList>
                </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private static final String ORDER_RESPONSE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <OrderResponse>
                <Order>
                    <id>47955555-67aa-4adb-8c0f-b6894e60c0dc</id>
                    <CustomerOrderId>KT-1726150291-042</CustomerOrderId>
                    <OrderCreateDate>2024-09-12T15:11:31.705Z</OrderCreateDate>
                </Order>
                <OrderStatus>COMPLETE</OrderStatus>
                <CompletedNumbers>
                    <TelephoneNumber><FullNumber>9195551234</FullNumber></TelephoneNumber>
                    <TelephoneNumber><FullNumber>9195551235</FullNumber></TelephoneNumber>
                </CompletedNumbers>
            </OrderResponse>
            """;

    private MockWebServer server;
    private OrderClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new OrderClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void ordersExistingNumbers() throws Exception {
        server.enqueue(xml(ORDER_RESPONSE));

        StepVerifier.create(client.orderExisting(List.of(
                        "9195551234",
                        "19195551235"), "KT-1726150291-042"))
                .assertNext(order -> assertThat(order.orderId()).isEqualTo("47955555-67aa-4adb-8c0f-b6894e60c0dc"))
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/orders");
        assertThat(request.getBody().readUtf8()).isEqualToIgnoringWhitespace(EXPECTED_ORDER);
    }

    @Test
    void areaCodeOrderLetsTheDashboardPick() throws Exception {
        server.enqueue(xml(ORDER_RESPONSE));

        StepVerifier.create(client.orderInAreaCode("919", 5, "KT-1726150291-050"))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(take(server).getBody().readUtf8()).contains("<AreaCode>919</AreaCode>", "<Quantity>5</Quantity>");
    }

    @Test
    void findsOrdersByNumber() throws Exception {
        server.enqueue(xml("<ListOrderIdUserIdDate><TotalCount>0</TotalCount></ListOrderIdUserIdDate>"));

        StepVerifier.create(client.ordersForNumber("9195551234")).expectNextCount(1).verifyComplete();

        assertThat(take(server).getPath()).isEqualTo("/api/accounts/9900123/orders?tn=9195551234");
    }

    @Test
    void onlyCompletedNumbersAreActivatable() {
        server.enqueue(xml(ORDER_RESPONSE));

        StepVerifier.create(client.activatableNumbers("47955555-67aa-4adb-8c0f-b6894e60c0dc"))
                .expectNext(List.of("9195551234", "9195551235"))
                .verifyComplete();
    }
}
