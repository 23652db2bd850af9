package net.harbourline.tnbridge.processor;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipPeerTnPayloadProcessorTest {

    private final CamelContext context = new DefaultCamelContext();

    @Test
    void smsToggleCarriesMessagingSettings() throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader("tn", "9193860142");
        exchange.getIn().setHeader("smsEnabled", true);

        new SipPeerTnPayloadProcessor(true).process(exchange);

        String body = exchange.getIn().getBody(String.class);
        assertTrue(body.contains("<FullNumber>9193860142</FullNumber>"));
        assertTrue(body.contains("<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"));
    }

    @Test
    void callForwardHasNoMessagingPart() throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader("tn", "9193860143");
        exchange.getIn().setHeader("forwardTo", "9193860199");

        new SipPeerTnPayloadProcessor(false).process(exchange);

        String body = exchange.getIn().getBody(String.class);
        assertTrue(body.contains("<CallForward>9193860199</CallForward>"));
        assertFalse(body.contains("MessagingSettings"));
    }
}
