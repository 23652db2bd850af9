package com.harborline.numbering.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.config.ObjectMappers;
import com.harborline.numbering.dto.NumberSearchRequest;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Contract test for the body of our own POST /api/v1/numbers/search. */
class NumberSearchRequestJsonTest {

    @Test
    void readsPublicApiBody() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/number-search-request.json")) {
            NumberSearchRequest request = ObjectMappers.JSON.readValue(in, NumberSearchRequest.class);
            assertEquals("919", request.areaCode());
            assertEquals(5, request.quantity());
        }
    }
}
