package com.harborline.numbering.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.TestFixtures;
import com.harborline.numbering.dto.NpaCoverage;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class AreaCodeCoverageProcessorTest {

    @Test
    void mapsExchangesAndCountsHomeMarket() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody(TestFixtures.read("available-npa-nxx.xml"));

        new AreaCodeCoverageProcessor().process(exchange);

        @SuppressWarnings("unchecked")
        List<NpaCoverage> rows = exchange.getIn().getBody(List.class);
        assertEquals(3, rows.size());
        assertEquals("919555", rows.get(0).npaNxx());
        assertEquals(2, exchange.getIn().getHeader("homeMarketExchanges"));
    }
}
