package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.ImportTnOrder;
import net.harbourline.tnbridge.util.XmlText;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

import java.util.List;

/** Bodies for the hosted messaging import / removal orders. */
public class ImportOrderBodyBuilder {

    public ImportTnOrder importOrder(@Header("customerId") String customerId, @Header("tns") List<String> tns,
                                     Exchange exchange) {
        String siteId = exchange.getContext().resolvePropertyPlaceholders("{{dashboard.site-id}}");
        String peerId = exchange.getContext().resolvePropertyPlaceholders("{{dashboard.sip-peer-id}}");
        ImportTnOrder order = ImportTnOrder.create("hm-" + customerId, siteId, peerId, tns);
        order.setLoaAuthorizingPerson(exchange.getIn().getHeader("loaSigner", String.class));
        return order;
    }

    public String removeOrder(@Header("customerId") String customerId, @Header("tns") List<String> tns) {
        StringBuilder xml = new StringBuilder();
        xml.append("<RemoveImportedTnOrder>");
        xml.append("<CustomerOrderId>").append(XmlText.escape("hm-rm-" + customerId)).append("</CustomerOrderId>");
        xml.append("<TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers>");
        xml.append("</RemoveImportedTnOrder>");
        return xml.toString();
    }
}
