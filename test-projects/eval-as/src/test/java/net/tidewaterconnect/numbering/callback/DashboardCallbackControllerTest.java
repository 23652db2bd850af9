package net.tidewaterconnect.numbering.callback;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import net.tidewaterconnect.numbering.inventory.InventoryNumber;
import net.tidewaterconnect.numbering.inventory.InventoryRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DashboardCallbackController.class)
class DashboardCallbackControllerTest {

    private static final String COMPLETED = """
            <?xml version="1.0"?>
            <Notification>
                <SubscriptionId>2f3a8f4e-91b4-4c1e-9b6c-0d2c5e1f7a10</SubscriptionId>
                <OrderType>orders</OrderType>
                <OrderId>47955555-67aa-4adb-8c0f-b6894e60c0dc</OrderId>
                <CustomerOrderId>TW-1001</CustomerOrderId>
                <Status>COMPLETE</Status>
                <CompletedTelephoneNumbers>
                    <TelephoneNumber>7575550101</TelephoneNumber>
                </CompletedTelephoneNumbers>
                <LastModifiedDate>2024-06-15T12:00:00.000Z</LastModifiedDate>
            </Notification>
            """;

    @Autowired
    private MockMvc mvc;

    @MockBean
    private InventoryRepository inventory;

    @MockBean
    private PortOutHandler portOutHandler;

    @Test
    void activatesCompletedNumbers() throws Exception {
        when(inventory.findByTn("7575550101"))
                .thenReturn(Optional.of(new InventoryNumber("7575550101", InventoryNumber.Status.RESERVED, null)));

        mvc.perform(post("/webhooks/dashboard/orders").contentType(MediaType.APPLICATION_XML).content(COMPLETED))
                .andExpect(status().isOk());

        verify(inventory).updateStatus("7575550101", InventoryNumber.Status.ACTIVE);
    }

    @Test
    void ignoresPendingOrders() throws Exception {
        mvc.perform(post("/webhooks/dashboard/orders").contentType(MediaType.APPLICATION_XML)
                        .content(COMPLETED.replace("COMPLETE", "RECEIVED")))
                .andExpect(status().isOk());

        verify(inventory, never()).updateStatus(any(), eq(InventoryNumber.Status.ACTIVE));
    }
}
