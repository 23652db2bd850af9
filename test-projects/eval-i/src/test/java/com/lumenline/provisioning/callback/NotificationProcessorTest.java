package com.lumenline.provisioning.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;

import com.lumenline.provisioning.service.E911Service;
import com.lumenline.provisioning.store.ProvisionedNumberStore;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationProcessorTest {

    private final ProvisionedNumberStore store = new ProvisionedNumberStore();
    private final E911Service e911 = mock(E911Service.class);
    private final NotificationProcessor processor = new NotificationProcessor(store, e911);

    private static OrderNotification complete(String tn) {
        return new OrderNotification("sub-1", "orders", "ord-1", "LL-1", "COMPLETE", null,
                List.of(tn), "2023-09-12T15:11:31.705Z", null);
    }

    @ParameterizedTest
    @CsvSource({
            "9195550100, 919",
            "7045550199, 704",
            "2565806460, 256"
    })
    void recordsBillingAreaCode(String tn, String expectedAreaCode) {
        store.savePending(tn, "cust-1", "ord-1");

        processor.afterCompletion(complete(tn));

        assertThat(store.findByTenDigit(tn).orElseThrow().billingAreaCode()).isEqualTo(expectedAreaCode);
        verify(e911).queueRegistration(tn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"919555010", "+19195550100"})
    void rejectsNumbersThatAreNotTenDigits(String tn) {
        processor.afterCompletion(complete(tn));

        verify(e911, never()).queueRegistration(tn);
    }
}
