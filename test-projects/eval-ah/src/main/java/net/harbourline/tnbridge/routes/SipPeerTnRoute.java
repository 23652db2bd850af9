package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.processor.SipPeerTnPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Per-number settings on the production sip peer: SMS on/off for the messaging add-on, and call
 * forwarding when a customer site goes down.
 */
public class SipPeerTnRoute extends RouteBuilder {

    private static final String TN_SETTINGS = "/sites/{{dashboard.site-id}}/sippeers/{{dashboard.sip-peer-id}}/tns/${header.tn}";

    /** Sent when a customer cancels the messaging add-on but keeps the number. */
    private static final String SMS_OFF_BODY = """
            <SipPeerTelephoneNumber>
              <FullNumber>${header.tn}</FullNumber>
              <SmsSettings>
                <SmsEnabled>false</SmsEnabled>
              </SmsSettings>
            </SipPeerTelephoneNumber>
            """;

    @Override
    public void configure() {
        from("direct:sms-toggle")
                .routeId("sippeer-sms-toggle")
                .process(new SipPeerTnPayloadProcessor(true))
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.accountLenient(TN_SETTINGS))
                .choice()
                    .when(header(Exchange.HTTP_RESPONSE_CODE).isGreaterThanOrEqualTo(400))
                        .log("SMS toggle for ${header.tn} rejected: ${body}")
                        .to("direct:sms-toggle-failed")
                .end();

        from("direct:sms-toggle-bulk")
                .routeId("sippeer-sms-toggle-bulk")
                .split(body())
                    .setHeader("tn", body())
                    .to("language:simple:resource:classpath:templates/sippeer-tn-update.xml")
                    .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                    .toD(DashboardUris.accountLenient(TN_SETTINGS))
                .end();

        from("direct:sms-off")
                .routeId("sippeer-sms-off")
                .setBody(simple(SMS_OFF_BODY))
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(TN_SETTINGS));

        from("direct:call-forward")
                .routeId("sippeer-call-forward")
                .process(new SipPeerTnPayloadProcessor(false))
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(TN_SETTINGS));

        from("direct:sippeer-tn-get")
                .routeId("sippeer-tn-get")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account(String.format(DashboardPaths.SIPPEER_TN,
                        "{{dashboard.site-id}}", "{{dashboard.sip-peer-id}}", "${header.tn}")))
                .convertBodyTo(String.class);

        from("direct:sms-toggle-failed")
                .routeId("sms-toggle-failed")
                .setBody(simple("SMS toggle failed for ${header.tn}: ${body}"))
                .to("log:net.harbourline.tnbridge.sms?level=WARN");
    }
}
