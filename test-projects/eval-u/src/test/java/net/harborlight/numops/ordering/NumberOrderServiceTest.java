package net.harborlight.numops.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.bandwidth.iris.sdk.model.OrderResponse;
import net.harborlight.numops.support.Fixtures;
import net.harborlight.numops.support.RecordingIrisClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NumberOrderServiceTest {

    private RecordingIrisClient client;
    private NumberOrderService service;

    @BeforeEach
    void setUp() {
        client = new RecordingIrisClient(Fixtures.ACCOUNT_ID);
        service = new NumberOrderService(client, Fixtures.props());
    }

    @Test
    void ordersExistingNumbers() throws Exception {
        client.answer(Fixtures.read("order-response.xml"));

        OrderResponse response = service.orderExisting("hl-20240501-7", List.of("9195551212", "9195551213"));

        RecordingIrisClient.Call call = client.lastCall();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.uri()).isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders");
        assertThat(call.body())
                .contains("<TelephoneNumber>9195551212</TelephoneNumber>")
                .contains("<CustomerOrderId>hl-20240501-7</CustomerOrderId>");
        assertThat(response.getOrderStatus()).isEqualTo("RECEIVED");
    }

    @Test
    void areaCodesOfTheOrderedNumbers() throws Exception {
        client.answer(Fixtures.read("order-response.xml"));
        OrderResponse response = service.status("47955555-67aa-4adb-8c0f-b6894e60c0dc");

        assertThat(response.getTelephoneNumbers()).extracting("fullNumber")
                .containsExactly("9195551212", "9195551213");
        assertThat(service.orderedAreaCodes(response)).containsExactly("919");
    }

    @Test
    void ordersByAreaCode() throws Exception {
        client.answer(Fixtures.read("order-response.xml"));

        service.orderByAreaCode("hl-20240501-8", "919", 2);

        assertThat(client.lastCall().body()).contains("<AreaCode>919</AreaCode>");
    }
}
