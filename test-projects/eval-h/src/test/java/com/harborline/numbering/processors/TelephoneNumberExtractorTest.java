package com.harborline.numbering.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.TestFixtures;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class TelephoneNumberExtractorTest {

    private final CamelContext camel = new DefaultCamelContext();

    @Test
    void keepsOnlyNumbersFromTheListing() throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setBody(TestFixtures.read("inservice-numbers-response.xml"));

        new TelephoneNumberExtractor().process(exchange);

        @SuppressWarnings("unchecked")
        List<String> tns = exchange.getIn().getBody(List.class);
        assertEquals(List.of("9195550101", "9195550102", "9195550103"), tns);
        assertEquals(3, exchange.getIn().getHeader("tnCount"));
    }

    @Test
    void emptyListing() throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setBody("<TNs><TotalCount>0</TotalCount><TelephoneNumbers/></TNs>");

        new TelephoneNumberExtractor().process(exchange);

        assertEquals(0, exchange.getIn().getHeader("tnCount"));
    }
}
