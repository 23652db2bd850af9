package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Helpers for the porting desk: carrier lookup of numbers a prospect wants to port in, and the
 * admin console's two-factor codes. Both use Bandwidth APIs other than the Dashboard.
 */
public class PortingDeskRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:carrier-lookup")
                .routeId("carrier-lookup")
                .setBody(simple("{\"phoneNumbers\":[\"${header.e164}\"]}"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .toD("https://api.bandwidth.com/v2/accounts/{{bandwidth.lookup.account-id}}/phoneNumberLookup"
                        + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})")
                .convertBodyTo(String.class);

        from("direct:admin-2fa-send")
                .routeId("admin-2fa-send")
                .setBody(simple("{\"to\":\"${header.adminPhone}\",\"from\":\"{{bandwidth.mfa.from}}\","
                        + "\"applicationId\":\"{{bandwidth.mfa.application-id}}\",\"scope\":\"console\",\"digits\":6,"
                        + "\"message\":\"Your Harbourline console code is {CODE}\"}"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("https://mfa.bandwidth.com/api/v1/accounts/{{bandwidth.mfa.account-id}}/code/sms"
                        + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})");

        from("direct:admin-2fa-verify")
                .routeId("admin-2fa-verify")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("https://mfa.bandwidth.com/api/v1/accounts/{{bandwidth.mfa.account-id}}/code/verify"
                        + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})");

        from("timer:tfv-webhook-bootstrap?repeatCount=1&delay=20000")
                .routeId("tfv-webhook-bootstrap")
                .setBody(constant("{\"basicAuthentication\":{\"username\":\"tfv\",\"password\":\"{{tfv.callback-password}}\"},"
                        + "\"callbackUrl\":\"https://tnbridge.harbourline.net/callbacks/tfv\",\"sharedSecretKey\":\"{{tfv.secret}}\"}"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("https://api.bandwidth.com/api/v2/accounts/{{bandwidth.tfv.account-id}}/tollFreeVerification/webhooks/subscriptions"
                        + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})"
                        + "&throwExceptionOnFailure=false");
    }
}
