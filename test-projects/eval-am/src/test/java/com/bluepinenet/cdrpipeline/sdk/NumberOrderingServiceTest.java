package com.bluepinenet.cdrpipeline.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

class NumberOrderingServiceTest {

    private final IrisClient iris = mock(IrisClient.class);
    private final NumberOrderingService service = new NumberOrderingService(iris, new DashboardProperties());

    @Test
    void disconnectSendsTheGivenNumbers() throws Exception {
        try (MockedStatic<DisconnectTelephoneNumberOrder> sdk = mockStatic(DisconnectTelephoneNumberOrder.class)) {
            ArgumentCaptor<DisconnectTelephoneNumberOrder> order = ArgumentCaptor.forClass(DisconnectTelephoneNumberOrder.class);
            sdk.when(() -> DisconnectTelephoneNumberOrder.create(same(iris), any())).thenReturn(new DisconnectTelephoneNumberOrderResponse());

            service.disconnect("churn-2024-06", List.of("2525550189"));

            sdk.verify(() -> DisconnectTelephoneNumberOrder.create(same(iris), order.capture()));
            assertEquals(1, order.getValue().getDisconnectTelephoneNumberOrderType().getTelephoneNumberList().size());
        }
    }

    @Test
    void orderedNumbersSkipsEmptyEntries() {
        TelephoneNumber ok = new TelephoneNumber();
        ok.setFullNumber("9195550193");
        TelephoneNumber empty = new TelephoneNumber();
        OrderResponse response = new OrderResponse();
        response.setTelephoneNumbers(List.of(ok, empty));

        assertEquals(List.of("9195550193"), service.orderedNumbers(response));
    }

    @Test
    void labNumbersAreTwo() {
        assertEquals(2, NumberOrderingService.LAB_NUMBERS.size());
    }
}
