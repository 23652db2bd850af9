package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.OrderPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * TN option orders (SMS on/off, CNAM display). Written in 2024 directly against API v2,
 * so numbers in these payloads are E.164 already.
 */
public class TnOptionRoute extends RouteBuilder {

    private static final String TN_OPTIONS_V2 =
            "https://dashboard.bandwidth.com/api/v2/accounts/{{iris.accountId}}/tnoptions";

    @Override
    public void configure() {
        from("direct:tnOptionSms")
                .routeId("tn-option-sms")
                .process(new OrderPayloadProcessor("templates/tn-option-sms.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .to(TN_OPTIONS_V2)
                .convertBodyTo(String.class)
                .log("TN option order answered ${header.CamelHttpResponseCode}");

        from("direct:tnOptionStatus")
                .routeId("tn-option-status")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD(TN_OPTIONS_V2 + "/${header.orderId}")
                .convertBodyTo(String.class);
    }
}
