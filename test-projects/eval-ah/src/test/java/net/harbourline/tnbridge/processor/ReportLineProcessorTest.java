package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.InventoryRecord;
import net.harbourline.tnbridge.service.TnInventoryStore;
import net.harbourline.tnbridge.support.Fixtures;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ReportLineProcessorTest {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final TnInventoryStore store = new TnInventoryStore();

    @BeforeEach
    void registerStore() {
        context.getRegistry().bind("tnInventoryStore", store);
        store.save(new InventoryRecord(9193860201L, "o-1", "ACTIVE"));
    }

    @Test
    void billedNumberIsNoMismatch() {
        Exchange exchange = row("9193860201", "RALEIGH", "NC", "24713", "Inservice", "2024-09-11");
        new ReportLineProcessor().process(exchange);
        assertEquals(false, exchange.getIn().getHeader("reportMismatch"));
        assertEquals(919, exchange.getIn().getHeader("npa"));
        assertEquals("2024-09-11", exchange.getIn().getHeader("reportDate"));
    }

    @Test
    void everyFixtureRowIsParsed() {
        String[] lines = Fixtures.read("inventory-report.csv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            Exchange exchange = row(lines[i].split(","));
            new ReportLineProcessor().process(exchange);
            String reason = exchange.getIn().getHeader("mismatchReason", String.class);
            assertFalse(reason != null && reason.startsWith("unparseable"), lines[i]);
        }
    }

    private Exchange row(String... columns) {
        Exchange exchange = new DefaultExchange(context);
        List<String> row = Arrays.asList(columns);
        exchange.getIn().setBody(row);
        return exchange;
    }
}
