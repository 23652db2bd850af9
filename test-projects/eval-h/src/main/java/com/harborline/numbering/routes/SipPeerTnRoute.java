package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.OrderPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Per-number settings on a SIP peer (location). Headers: {@code siteId}, {@code peerId},
 * {@code fullNumber} and, depending on the route, {@code smsEnabled} or {@code forwardTo}.
 */
public class SipPeerTnRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:sipPeerTnMessaging")
                .routeId("sippeer-tn-messaging")
                .process(new OrderPayloadProcessor("templates/sippeer-tn-messaging.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/sites/${header.siteId}/sippeers/${header.peerId}/tns/${header.fullNumber}")
                .convertBodyTo(String.class);

        from("direct:sipPeerTnCallForward")
                .routeId("sippeer-tn-callforward")
                .process(new OrderPayloadProcessor("templates/sippeer-tn-callforward.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/sites/${header.siteId}/sippeers/${header.peerId}/tns/${header.fullNumber}")
                .convertBodyTo(String.class);

        // NOC "park" button: forwards a number to the NOC test line while a customer is ported.
        from("direct:parkNumber")
                .routeId("park-number")
                .setHeader("forwardTo", constant("9195550160"))
                .to("direct:sipPeerTnCallForward");
    }
}
