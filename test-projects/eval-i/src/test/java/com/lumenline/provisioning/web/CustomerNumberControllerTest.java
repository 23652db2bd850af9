package com.lumenline.provisioning.web;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.lumenline.provisioning.crm.CustomerCrmClient;
import com.lumenline.provisioning.service.NumberProvisioningService;
import com.lumenline.provisioning.store.ProvisionedNumberStore;
import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Our own portal API. Nothing here talks to the Dashboard.
 */
class CustomerNumberControllerTest {

    private final NumberProvisioningService provisioning = mock(NumberProvisioningService.class);
    private final CustomerCrmClient crm = mock(CustomerCrmClient.class);
    private final ProvisionedNumberStore store = new ProvisionedNumberStore();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new CustomerNumberController(provisioning, store, crm)).build();
    }

    @Test
    void searchPassesAreaCodeThrough() throws Exception {
        when(provisioning.search("919", 2)).thenReturn(List.of("+19195551201", "+19195551202"));

        mvc.perform(get("/api/v1/customers/cust-7/numbers/search")
                        .param("areaCode", "919")
                        .param("quantity", "2")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().json("[\"+19195551201\",\"+19195551202\"]"));
    }

    @Test
    void ordersInAreaCode() throws Exception {
        when(provisioning.orderInAreaCode(eq("cust-7"), eq(919), anyInt())).thenReturn("ord-9");

        mvc.perform(post("/api/v1/customers/cust-7/numbers/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Fixtures.read("api/order-request.json")))
                .andExpect(status().isAccepted())
                .andExpect(content().string("ord-9"));
    }

    @Test
    void listsCustomerNumbers() throws Exception {
        store.savePending("9195550142", "cust-7", "ord-9");

        mvc.perform(get("/api/v1/customers/cust-7/numbers").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].display").value("(919) 555-0142"));
    }

    @Test
    void addressesComeFromCrm() throws Exception {
        when(crm.addresses("cust-7")).thenReturn(List.of(
                new CustomerAddressDto("a-1", "900 Main Campus Dr", null, "Raleigh", "NC", "27606", "US", true)));

        mvc.perform(get("/api/v1/customers/cust-7/addresses").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].zip").value("27606"));
    }
}
