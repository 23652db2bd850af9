package io.kestrelvoice.numbering.callbacks.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;

import io.kestrelvoice.numbering.callbacks.notification.CustomerNumberRepository.CustomerNumber;
import io.kestrelvoice.numbering.testsupport.NotificationFixtures;
import org.junit.jupiter.api.Test;

class OrderCompletionHandlerTest {

    private final CustomerNumberRepository repository = new CustomerNumberRepository();
    private final SwitchProvisioner switches = mock(SwitchProvisioner.class);
    private final OrderCompletionHandler handler = new OrderCompletionHandler(repository, switches);
    private final NotificationParser parser = new NotificationParser();

    @Test
    void activatesReservedNumbers() {
        repository.save(new CustomerNumber(NotificationFixtures.COMPLETED_TN, "C-10442", "o-1", "RESERVED"));

        List<String> unknown = handler.onOrderComplete(parser.parse(NotificationFixtures.orderComplete()));

        assertThat(unknown).isEmpty();
        assertThat(repository.findByTenDigitNumber("9195550160")).get()
                .extracting(CustomerNumber::state).isEqualTo("ACTIVE");
        verify(switches).addSubscriber("19195550160", "C-10442");
    }
}
