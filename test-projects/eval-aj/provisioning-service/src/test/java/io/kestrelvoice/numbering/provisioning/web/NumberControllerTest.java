package io.kestrelvoice.numbering.provisioning.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.kestrelvoice.numbering.provisioning.service.NumberOrderService;
import io.kestrelvoice.numbering.provisioning.service.NumberSearchService;
import io.kestrelvoice.numbering.provisioning.validation.PortingRequestValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(NumberController.class)
@Import(PortingRequestValidator.class)
class NumberControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private NumberSearchService searchService;

    @MockBean
    private NumberOrderService orderService;

    @Test
    void searchByAreaCodeDelegatesToTheSdkSearch() throws Exception {
        when(searchService.byAreaCode(eq("919"), any())).thenReturn(List.of("+19195550170"));

        mvc.perform(get("/api/accounts/{accountId}/numbers/search?areaCode=919", "C-10442"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value("+19195550170"));
    }
}
