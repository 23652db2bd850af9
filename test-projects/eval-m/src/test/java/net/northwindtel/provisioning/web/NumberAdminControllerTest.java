package net.northwindtel.provisioning.web;

import net.northwindtel.provisioning.client.http.CatapultNumbersClient;
import net.northwindtel.provisioning.model.api.AvailableNumberView;
import net.northwindtel.provisioning.service.NumberOrderService;
import net.northwindtel.provisioning.service.NumberSearchService;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;

import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NumberAdminControllerTest {

    private NumberSearchService searchService;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        searchService = mock(NumberSearchService.class);
        mvc = MockMvcBuilders.standaloneSetup(new NumberAdminController(searchService, mock(NumberOrderService.class),
                mock(CatapultNumbersClient.class), new TnInventoryRepository())).build();
    }

    @Test
    void searchesByAreaCode() throws Exception {
        when(searchService.searchByAreaCode("919", 5)).thenReturn(List.of(AvailableNumberView.builder()
                .telephoneNumber("9195550123").display("(919) 555-0123").areaCode("919").build()));

        mvc.perform(get("/api/v1/numbers/search?areaCode=919").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].display").value("(919) 555-0123"));
    }

    @Test
    void acceptsPortRequestsFromThePortal() throws Exception {
        mvc.perform(post("/api/v1/numbers/porting/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(fixture("portal-port-request.json")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.btnAreaCode").value("919"));
    }

    @Test
    void rejectsNonNationalInventoryLookups() throws Exception {
        mvc.perform(get("/api/v1/numbers/inventory/{tn}", "+19195550123"))
                .andExpect(status().isBadRequest());
    }
}
