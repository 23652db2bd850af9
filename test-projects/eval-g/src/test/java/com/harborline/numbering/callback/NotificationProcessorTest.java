package com.harborline.numbering.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harborline.numbering.config.ObjectMappers;
import com.harborline.numbering.domain.NumberInventoryStore;
import com.harborline.numbering.domain.ProvisioningStatus;
import com.harborline.numbering.domain.TenantNumber;
import com.harborline.numbering.dto.OrderNotification;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationProcessorTest {

    private NumberInventoryStore store;
    private NotificationProcessor processor;

    @BeforeEach
    void setUp() {
        store = new NumberInventoryStore();
        store.put(TenantNumber.builder()
                .tenantId("t-100")
                .nationalNumber("9195551234")
                .status(ProvisioningStatus.ORDERED)
                .build());
        processor = new NotificationProcessor(store);
    }

    private OrderNotification load(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return ObjectMappers.XML.readValue(in, OrderNotification.class);
        }
    }

    @Test
    void completedOrderActivatesKnownNumbers() throws Exception {
        List<String> unmatched = processor.apply(load("notification-complete.xml"));

        assertEquals(List.of("9195551299"), unmatched);
        assertEquals(ProvisioningStatus.ACTIVE, store.find("9195551234").orElseThrow().getStatus());
    }

    @Test
    void portInMessageCarriesNumber() throws Exception {
        OrderNotification notification = load("notification-portin.xml");

        assertTrue(processor.portedNumber(notification).isPresent());
        assertEquals("9845550177", processor.portedNumber(notification).get());
    }
}
