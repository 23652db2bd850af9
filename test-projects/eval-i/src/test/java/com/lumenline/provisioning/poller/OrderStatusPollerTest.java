package com.lumenline.provisioning.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.lumenline.provisioning.dashboard.OrderClient;
import com.lumenline.provisioning.store.ProvisionedNumber;
import com.lumenline.provisioning.store.ProvisionedNumberStore;
import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.Test;

class OrderStatusPollerTest {

    private final ProvisionedNumberStore store = new ProvisionedNumberStore();
    private final OrderStatusPoller poller = new OrderStatusPoller(mock(OrderClient.class), store);

    @Test
    void completesPendingNumbersFromOrderResponse() throws Exception {
        store.savePending("9195551201", "cust-7", "47955555-67aa-4adb-8c0f-b6894e60c0dc");
        OrderResponseDto response = new XmlMapper()
                .readValue(Fixtures.read("responses/order-response.xml"), OrderResponseDto.class);

        poller.apply("47955555-67aa-4adb-8c0f-b6894e60c0dc", response);

        ProvisionedNumber n = store.findByTenDigit("9195551201").orElseThrow();
        assertThat(n.status()).isEqualTo(ProvisionedNumber.Status.ACTIVE);
        assertThat(n.billingAreaCode()).isEqualTo("919");
    }

    @Test
    void readsOrderedAreaCode() throws Exception {
        OrderResponseDto response = new XmlMapper()
                .readValue(Fixtures.read("responses/area-code-order-response.xml"), OrderResponseDto.class);

        assertThat(response.getOrder().getAreaCodeSearch().getAreaCode()).isEqualTo(919);
    }
}
