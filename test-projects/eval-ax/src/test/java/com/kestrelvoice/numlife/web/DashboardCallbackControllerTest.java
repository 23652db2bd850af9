package com.kestrelvoice.numlife.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.NotificationPayload;
import com.kestrelvoice.numlife.mapping.CallbackMapper;
import com.kestrelvoice.numlife.repo.CallbackEventRepository;
import com.kestrelvoice.numlife.repo.NumberOrderRepository;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DashboardCallbackControllerTest {

    private final XmlMapper xmlMapper = new XmlMapper();
    private final PhoneNumberRepository phoneNumbers = mock(PhoneNumberRepository.class);
    private final NumberOrderRepository numberOrders = mock(NumberOrderRepository.class);
    private final CallbackEventRepository callbackEvents = mock(CallbackEventRepository.class);
    private final CallbackMapper callbackMapper = mock(CallbackMapper.class);
    private DashboardCallbackController controller;

    @BeforeEach
    void setUp() {
        controller = new DashboardCallbackController(phoneNumbers, numberOrders, callbackEvents, callbackMapper);
        when(numberOrders.findByDashboardOrderId(any())).thenReturn(Optional.empty());
        when(callbackMapper.toEvents(any())).thenReturn(List.of());
    }

    @Test
    void completedOrderMarksNumbersInService() throws Exception {
        NotificationPayload payload;
        try (InputStream in = new ClassPathResource("fixtures/notification-order-complete.xml").getInputStream()) {
            payload = xmlMapper.readValue(in, NotificationPayload.class);
        }
        assertThat(payload.getCompletedTelephoneNumbers()).containsExactly("9194240121", "9194240122");

        PhoneNumberEntity stored = new PhoneNumberEntity();
        stored.setTn("9194240121");
        when(phoneNumbers.findByTn("9194240121")).thenReturn(Optional.of(stored));
        when(phoneNumbers.findByTn("9194240122")).thenReturn(Optional.empty());

        controller.orders(payload);

        assertThat(stored.getStatus()).isEqualTo(PhoneNumberEntity.Status.IN_SERVICE);
    }

    @Test
    void disconnectCallbacksArriveInE164() throws Exception {
        NotificationPayload payload = xmlMapper.readValue("""
                <Notification>
                    <OrderType>disconnects</OrderType>
                    <OrderId>9d1c6c2e-2a8b-4d7e-b1f0-0c3e5a7d9b11</OrderId>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                        <TelephoneNumber>+19194240188</TelephoneNumber>
                    </CompletedTelephoneNumbers>
                </Notification>
                """, NotificationPayload.class);
        PhoneNumberEntity stored = new PhoneNumberEntity();
        when(phoneNumbers.findByTn("9194240188")).thenReturn(Optional.of(stored));

        controller.disconnects(payload);

        assertThat(stored.getStatus()).isEqualTo(PhoneNumberEntity.Status.DISCONNECTED);
    }
}
