package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Tells customers and the NOC about activated numbers: an SMS through the Bandwidth messaging API and,
 * for outages, a voice call. Neither goes through the Dashboard.
 */
public class CustomerNotificationRoute extends RouteBuilder {

    static final String MESSAGES_URI = "https://messaging.bandwidth.com/api/v2/users/{{bandwidth.messaging.account-id}}/messages"
            + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})";

    static final String CALLS_URI = "https://voice.bandwidth.com/api/v2/accounts/{{bandwidth.voice.account-id}}/calls"
            + "?authMethod=Basic&authUsername=RAW({{bandwidth.api.username}})&authPassword=RAW({{bandwidth.api.password}})";

    @Override
    public void configure() {
        from("kafka:{{kafka.topics.inventory-events}}?groupId=tn-bridge-notify")
                .routeId("activation-sms")
                .filter(jsonpath("$.display", String.class).isNotNull())
                .setHeader("to", jsonpath("$.tn", String.class))
                .setBody(simple("""
                        {"applicationId":"{{bandwidth.messaging.application-id}}",
                         "to":["+1${header.to}"],
                         "from":"{{bandwidth.messaging.from}}",
                         "text":"Your new Harbourline number ${header.to} is active."}"""))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(MESSAGES_URI);

        from("direct:noc-outage-call")
                .routeId("noc-outage-call")
                .setBody(simple("""
                        {"from":"{{bandwidth.voice.from}}","to":"{{noc.oncall-number}}",
                         "applicationId":"{{bandwidth.voice.application-id}}",
                         "answerUrl":"https://tnbridge.harbourline.net/voice/outage-announcement"}"""))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(CALLS_URI);
    }
}
