package net.northwindtel.provisioning.web;

import net.northwindtel.provisioning.service.CustomerNotificationService;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import net.northwindtel.provisioning.store.TnInventoryRepository.InventoryRecord;
import net.northwindtel.provisioning.store.TnInventoryRepository.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;

import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardCallbackControllerTest {

    private TnInventoryRepository inventory;
    private CustomerNotificationService notifications;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        inventory = new TnInventoryRepository();
        notifications = mock(CustomerNotificationService.class);
        mvc = MockMvcBuilders.standaloneSetup(new DashboardCallbackController(inventory, notifications))
                .setMessageConverters(new MappingJackson2XmlHttpMessageConverter())
                .build();
    }

    @Test
    void completedOrderActivatesKnownNumbers() throws Exception {
        inventory.save(new InventoryRecord("9195550101", "C-20931", State.ORDERED, "6fd4b1b5", Instant.now()));

        mvc.perform(post("/webhooks/dashboard/notifications")
                        .contentType(MediaType.APPLICATION_XML)
                        .header("X-Callback-Timestamp", "1709564531")
                        .content(fixture("notification-order-complete.xml")))
                .andExpect(status().isOk());

        assertThat(inventory.findByTn("9195550101")).get().extracting(InventoryRecord::state).isEqualTo(State.ACTIVE);
        assertThat(inventory.findByTn("9195550102")).get().extracting(InventoryRecord::customerId).isEqualTo("unassigned");
        verify(notifications).numbersLive("C-20931", "9195550101");
    }

    @Test
    void rejectsMalformedTimestamp() throws Exception {
        mvc.perform(post("/webhooks/dashboard/notifications")
                        .contentType(MediaType.APPLICATION_XML)
                        .header("X-Callback-Timestamp", "yesterday")
                        .content(fixture("notification-order-complete.xml")))
                .andExpect(status().isBadRequest());
    }
}
