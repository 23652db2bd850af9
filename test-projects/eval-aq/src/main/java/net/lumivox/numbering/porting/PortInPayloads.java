package net.lumivox.numbering.porting;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import java.util.stream.Collectors;

/**
 * Raw LNP payloads, for the rehearsal runs against the sandbox account.
 */
public final class PortInPayloads {

    /** Number used by the quarterly port-in rehearsal. */
    static final String REHEARSAL_TN = "7045550160";

    private PortInPayloads() {
    }

    static String lnpOrder(PortRequest r) {
        String numbers = r.numbers().stream()
                .map(tn -> "    <PhoneNumber>" + tn + "</PhoneNumber>")
                .collect(Collectors.joining("\n"));
        return """
                <LnpOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <BillingTelephoneNumber>%s</BillingTelephoneNumber>
                  <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                  <ListOfPhoneNumbers>
                %s
                  </ListOfPhoneNumbers>
                </LnpOrder>
                """.formatted(r.ticketId(), r.billingNumber(), r.authorizingPerson(), numbers);
    }

    static String rehearsalOrder() {
        return """
                <LnpOrder>
                  <CustomerOrderId>REHEARSAL-Q3</CustomerOrderId>
                  <SiteId>3124</SiteId>
                  <PeerId>518802</PeerId>
                  <BillingTelephoneNumber>%1$s</BillingTelephoneNumber>
                  <Subscriber>
                    <SubscriberType>BUSINESS</SubscriberType>
                    <BusinessName>Lumivox Rehearsal</BusinessName>
                    <ServiceAddress>
                      <HouseNumber>4001</HouseNumber>
                      <StreetName>Emperor Blvd</StreetName>
                      <City>Durham</City>
                      <StateCode>NC</StateCode>
                      <Zip>27703</Zip>
                    </ServiceAddress>
                  </Subscriber>
                  <LoaAuthorizingPerson>Priya Raman</LoaAuthorizingPerson>
                  <ListOfPhoneNumbers>
                    <PhoneNumber>%1$s</PhoneNumber>
                  </ListOfPhoneNumbers>
                </LnpOrder>
                """.formatted(REHEARSAL_TN);
    }

    static String wirelessPortOrder() {
        return """
                <LnpOrder>
                  <CustomerOrderId>WIRELESS-TRIAL</CustomerOrderId>
                  <BillingTelephoneNumber>8645550175</BillingTelephoneNumber>
                  <WirelessInfo>
                    <AccountNumber>771234</AccountNumber>
                    <PinNumber>0000</PinNumber>
                  </WirelessInfo>
                </LnpOrder>
                """;
    }

    static String rehearse(WebTarget sandboxAccount) {
        return sandboxAccount.path("portins")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(rehearsalOrder()), String.class);
    }

    static String trialWireless(WebTarget sandboxAccount) {
        return sandboxAccount.path("portins")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(wirelessPortOrder()), String.class);
    }
}
