package com.harborline.numbering.routes;

import com.harborline.numbering.config.IrisConstants;
import com.harborline.numbering.http.BasicAuthSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Notifications to customers over Bandwidth's messaging and voice APIs (not Dashboard).
 * {@code customerE164} is always E.164 here; the from-number is our notification long code.
 */
public class MessagingOutboundRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:sendActivationSms")
                .routeId("activation-sms")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .setBody(simple("{\"from\":\"+19195550100\",\"to\":[\"${header.customerE164}\"],"
                        + "\"text\":\"Your Harborline number is active.\","
                        + "\"applicationId\":\"{{messaging.applicationId}}\"}"))
                .toD(IrisConstants.MESSAGING_API + "/users/{{iris.accountId}}/messages")
                .log("activation SMS queued: ${header.CamelHttpResponseCode}");

        from("direct:callStatus")
                .routeId("voice-call-status")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("https://voice.bandwidth.com/api/v2/accounts/{{voice.accountId}}/calls/${header.callId}")
                .convertBodyTo(String.class);
    }
}
