package net.tidewatertel.numbering.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import net.tidewatertel.numbering.dashboard.xml.NotificationXml;
import net.tidewatertel.numbering.domain.NumberOrderRepository;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.orders.ProvisioningService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

@ExtendWith(MockitoExtension.class)
class OrderNotificationHandlerTest {

    @Mock
    private PhoneNumberRepository numbers;

    @Mock
    private NumberOrderRepository orders;

    @Mock
    private ProvisioningService provisioning;

    @Mock
    private ApplicationEventPublisher events;

    @InjectMocks
    private OrderNotificationHandler handler;

    private static NotificationXml complete(String orderId, List<String> tns) {
        NotificationXml n = new NotificationXml();
        n.orderId = orderId;
        n.status = "COMPLETE";
        n.completedTelephoneNumbers = tns;
        return n;
    }

    @Test
    void completedPortInCreatesInventory() {
        when(numbers.findByTn("2525550133")).thenReturn(Optional.empty());

        handler.handle("portins", complete("lnp-77", List.of("2525550133")));

        ArgumentCaptor<PhoneNumber> saved = ArgumentCaptor.forClass(PhoneNumber.class);
        verify(numbers).save(saved.capture());
        assertThat(saved.getValue().getAreaCode()).isEqualTo(252);
    }

    @Test
    void completedOrderActivatesEachNumber() {
        when(orders.findById("ord-1")).thenReturn(Optional.empty());

        handler.handle("orders", complete("ord-1", List.of("7575550142", "+17575550143")));

        verify(provisioning).markActive("7575550142", "ord-1");
        verify(provisioning, never()).markActive(eq("+17575550143"), any());
    }
}
