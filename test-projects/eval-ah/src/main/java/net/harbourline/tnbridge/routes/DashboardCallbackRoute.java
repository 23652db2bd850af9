package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.KafkaTopics;
import net.harbourline.tnbridge.model.NotificationXml;
import net.harbourline.tnbridge.processor.NotificationProcessor;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.BeanInject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.jaxb.JaxbDataFormat;

/**
 * Receives Dashboard order notifications (subscriptions created by {@link SubscriptionBootstrapRoute}).
 */
public class DashboardCallbackRoute extends RouteBuilder {

    @BeanInject("tnInventoryStore")
    private TnInventoryStore store;

    @Override
    public void configure() {
        JaxbDataFormat notificationXml = new JaxbDataFormat();
        notificationXml.setContextPath(NotificationXml.class.getPackageName());

        from("platform-http:/callbacks/dashboard?httpMethodRestrict=POST&consumes=application/xml")
                .routeId("dashboard-callback")
                .to("direct:verify-callback-auth")
                .convertBodyTo(String.class)
                .wireTap("direct:archive-callback")
                .unmarshal(notificationXml)
                .process(new NotificationProcessor(store))
                .filter(header("notificationHandled"))
                    .split(body())
                        .marshal().json()
                        .to(KafkaTopics.INVENTORY_EVENTS)
                    .end()
                .end()
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));

        from("platform-http:/callbacks/dashboard/portins?httpMethodRestrict=POST")
                .routeId("dashboard-portin-callback")
                .convertBodyTo(String.class)
                .setHeader("portedTn", xpath("//Notification/CompletedTelephoneNumbers/TelephoneNumber[1]/text()", String.class))
                .choice()
                    .when(simple("${header.portedTn} regex '1?\\d{10}'"))
                        .setHeader("sipUri", simple("sip:+1${header.portedTn}@sbc.harbourline.net"))
                        .to("direct:activate-ported")
                    .otherwise()
                        .log("Port-in notification without usable TN: ${body}")
                .end()
                .setBody(constant(""));

        from("direct:verify-callback-auth")
                .routeId("verify-callback-auth")
                .filter(simple("${header.Authorization} != '{{dashboard.callback-basic-auth}}'"))
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(401))
                    .stop()
                .end();

        from("direct:archive-callback")
                .routeId("archive-callback")
                .to("file:{{callbacks.archive-dir:/var/lib/tnbridge/callbacks}}?fileName=${date:now:yyyyMMdd}/${exchangeId}.xml");

        from("direct:activate-ported")
                .routeId("activate-ported")
                .log("Activating ported number ${header.portedTn} on ${header.sipUri}")
                .to(KafkaTopics.INVENTORY_EVENTS);
    }
}
