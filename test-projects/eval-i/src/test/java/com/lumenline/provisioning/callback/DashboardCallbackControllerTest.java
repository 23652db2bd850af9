package com.lumenline.provisioning.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lumenline.provisioning.service.E911Service;
import com.lumenline.provisioning.store.ProvisionedNumber;
import com.lumenline.provisioning.store.ProvisionedNumberStore;
import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class DashboardCallbackControllerTest {

    private ProvisionedNumberStore store;
    private E911Service e911;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        store = new ProvisionedNumberStore();
        e911 = mock(E911Service.class);
        mvc = MockMvcBuilders
                .standaloneSetup(new DashboardCallbackController(store, new NotificationProcessor(store, e911)))
                .setMessageConverters(new MappingJackson2XmlHttpMessageConverter())
                .build();
    }

    @Test
    void completedOrderActivatesPendingNumbers() throws Exception {
        store.savePending("6672286710", "cust-19", "ord-1");
        store.savePending("5756186700", "cust-19", "ord-1");

        mvc.perform(post("/callbacks/dashboard/orders")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(Fixtures.read("callbacks/order-complete.xml")))
                .andExpect(status().isOk());

        assertThat(store.findByTenDigit("6672286710")).get()
                .extracting(ProvisionedNumber::status).isEqualTo(ProvisionedNumber.Status.ACTIVE);
        verify(e911).queueRegistration("6672286710");
    }

    @Test
    void e164CallbackIsAcknowledged() throws Exception {
        mvc.perform(post("/callbacks/dashboard/portins")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(Fixtures.read("callbacks/portin-complete-e164.xml")))
                .andExpect(status().isOk());
    }
}
