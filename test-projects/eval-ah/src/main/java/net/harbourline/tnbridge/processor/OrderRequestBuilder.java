package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.util.XmlText;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.List;

/**
 * Turns the list of selected TNs in the body into a Dashboard {@code <Order>} request.
 */
public class OrderRequestBuilder implements Processor {

    @Override
    public void process(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<String> numbers = exchange.getIn().getBody(List.class);
        String requestId = exchange.getIn().getHeader("requestId", String.class);
        String siteId = exchange.getContext().resolvePropertyPlaceholders("{{dashboard.site-id}}");
        String peerId = exchange.getContext().resolvePropertyPlaceholders("{{dashboard.sip-peer-id}}");

        StringBuilder xml = new StringBuilder(256 + numbers.size() * 48);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.append("<Order>");
        xml.append("<CustomerOrderId>").append(XmlText.escape(requestId)).append("</CustomerOrderId>");
        xml.append("<SiteId>").append(siteId).append("</SiteId>");
        xml.append("<PeerId>").append(peerId).append("</PeerId>");
        xml.append("<PartialAllowed>false</PartialAllowed>");
        xml.append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : numbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType>");
        xml.append("</Order>");
        exchange.getIn().setBody(xml.toString());
    }
}
