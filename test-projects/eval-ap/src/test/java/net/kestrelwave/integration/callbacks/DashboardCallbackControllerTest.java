package net.kestrelwave.integration.callbacks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import net.kestrelwave.integration.inventory.InventoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardCallbackControllerTest {

    private InventoryStore inventory;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        inventory = new InventoryStore();
        inventory.markInService("9195550111", "919");
        mvc = MockMvcBuilders.standaloneSetup(new DashboardCallbackController(new NotificationParser(), inventory)).build();
    }

    @Test
    void activatesCompletedNumbers() throws Exception {
        mvc.perform(post("/callbacks/dashboard/orders")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(fixture("fixtures/notification-order-complete.xml")))
                .andExpect(status().isOk());

        assertThat(inventory.findByTn("9195550111").status()).isEqualTo("ACTIVE");
    }

    @Test
    void acceptsPortInNotification() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <Notification>
                  <SubscriptionId>1b8c6f2e-77a4-4d0e-9a55-2a7c1e3d9f10</SubscriptionId>
                  <OrderType>portins</OrderType>
                  <OrderId>d28b36f7-fa96-49eb-9556-a40fca49f7c6</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>7045550131</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                  <LastModifiedDate>2024-03-14T15:11:31.705Z</LastModifiedDate>
                  <ActualFocDate>2024-03-14T00:00:00Z</ActualFocDate>
                </Notification>
                """;
        mvc.perform(post("/callbacks/dashboard/portins").contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isOk());
    }

    private static String fixture(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
