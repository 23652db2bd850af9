package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.util.XmlText;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import java.util.List;

/**
 * Releases numbers of cancelled customers back to Bandwidth. The NOC fax line is protected: it must
 * never be disconnected, whatever billing says.
 */
public class DisconnectRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("kafka:{{kafka.topics.cancellations}}?groupId={{kafka.group-id}}")
                .routeId("disconnect-cancelled")
                .unmarshal().json(List.class)
                .setHeader("tns", body())
                .to("direct:check-protected")
                .process(e -> e.getIn().setBody(disconnectBody(
                        e.getIn().getHeader("billingTicket", String.class),
                        e.getIn().getHeader("tns", List.class))))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(DashboardPaths.DISCONNECTS));

        from("direct:check-protected")
                .routeId("check-protected")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.accountLenient("/tns?fullNumber=9193860143"))
                .choice()
                    .when(header(Exchange.HTTP_RESPONSE_CODE).isNotEqualTo(200))
                        .log("NOC fax line not found on the account, check before disconnecting!")
                .end()
                .setBody(header("tns"));
    }

    static String disconnectBody(String billingTicket, List<?> tns) {
        StringBuilder xml = new StringBuilder("<DisconnectTelephoneNumberOrder>");
        xml.append("<CustomerOrderId>").append(XmlText.escape(billingTicket)).append("</CustomerOrderId>");
        xml.append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        for (Object tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType>");
        return xml.append("</DisconnectTelephoneNumberOrder>").toString();
    }
}
