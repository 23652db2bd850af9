package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One-off: ports Harbourline's own head-office numbers from the old carrier into the Dashboard account.
 * Triggered by hand from the ops console once the LOA is signed; kept for the Durham office next year.
 */
public class CorporatePortInRoute extends RouteBuilder {

    private static final String PORTABILITY_CHECK = """
            <NumberPortabilityRequest>
              <TnList>
                <Tn>9194280001</Tn>
                <Tn>9194280002</Tn>
              </TnList>
            </NumberPortabilityRequest>
            """;

    private static final String HEAD_OFFICE_PORT_IN = """
            <LnpOrder>
              <CustomerOrderId>corp-portin-raleigh</CustomerOrderId>
              <BillingTelephoneNumber>9194280000</BillingTelephoneNumber>
              <Subscriber>
                <SubscriberType>BUSINESS</SubscriberType>
                <BusinessName>Harbourline Communications LLC</BusinessName>
                <ServiceAddress>
                  <HouseNumber>4301</HouseNumber>
                  <StreetName>Lake Boone Trail</StreetName>
                  <City>Raleigh</City>
                  <StateCode>NC</StateCode>
                  <Zip>27607</Zip>
                  <County>Wake</County>
                </ServiceAddress>
              </Subscriber>
              <LoaAuthorizingPerson>Dana Whitcombe</LoaAuthorizingPerson>
              <ListOfPhoneNumbers>
                <PhoneNumber>9194280001</PhoneNumber>
                <PhoneNumber>9194280002</PhoneNumber>
              </ListOfPhoneNumbers>
              <SiteId>{{dashboard.site-id}}</SiteId>
              <PeerId>{{dashboard.sip-peer-id}}</PeerId>
              <RequestedFocDate>${header.focDate}</RequestedFocDate>
            </LnpOrder>
            """;

    @Override
    public void configure() {
        from("direct:corporate-portability-check")
                .routeId("corporate-portability-check")
                .setBody(constant(PORTABILITY_CHECK))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account("/lnpchecker?fullCheck=true"))
                .convertBodyTo(String.class)
                .log("Portability of head-office numbers: ${body}");

        from("direct:corporate-port-in")
                .routeId("corporate-port-in")
                .setBody(simple(HEAD_OFFICE_PORT_IN))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account("/portins"))
                .setHeader("portInId", xpath("//LnpOrderResponse/OrderId/text()", String.class))
                .log("Head-office port-in ${header.portInId} submitted");
    }
}
