package com.pinecrestcomm.qa.numbers.payload;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bodies for hosted-messaging imports and removals, and for the old externalTns order.
 */
public final class ImportOrderXml {

    private static final String IMPORT_TEMPLATE = """
            <ImportTnOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <SipPeerId>%s</SipPeerId>
                <Subscriber>
                    <Name>%s</Name>
                    <ServiceAddress>
                        <HouseNumber>%s</HouseNumber>
                        <StreetName>%s</StreetName>
                        <City>%s</City>
                        <StateCode>%s</StateCode>
                        <Zip>%s</Zip>
                    </ServiceAddress>
                </Subscriber>
                <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                <TelephoneNumbers>
            %s
                </TelephoneNumbers>
            </ImportTnOrder>
            """;

    private ImportOrderXml() {
    }

    public static String importOrder(String customerOrderId, String siteId, String sipPeerId,
                                     SubscriberInfo subscriber, List<String> tns) {
        return IMPORT_TEMPLATE.formatted(customerOrderId, siteId, sipPeerId,
                subscriber.name(), subscriber.houseNumber(), subscriber.street(), subscriber.city(),
                subscriber.state(), subscriber.zip(), subscriber.name(), telephoneNumbers(tns));
    }

    public static String removeOrder(String customerOrderId, List<String> tns) {
        return "<RemoveImportedTnOrder>"
                + "<CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + telephoneNumbers(tns) + "</TelephoneNumbers>"
                + "</RemoveImportedTnOrder>";
    }

    public static String externalTnsOrder(String customerOrderId, String siteId, String sipPeerId,
                                          String action, List<String> tns) {
        return String.format("<ExternalTnsOrder><CustomerOrderId>%s</CustomerOrderId><SiteId>%s</SiteId>"
                        + "<SipPeerId>%s</SipPeerId><Action>%s</Action><LoaType>CARRIER</LoaType>"
                        + "<TelephoneNumbers>%s</TelephoneNumbers></ExternalTnsOrder>",
                customerOrderId, siteId, sipPeerId, action, telephoneNumbers(tns));
    }

    private static String telephoneNumbers(List<String> tns) {
        return tns.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
    }

    public record SubscriberInfo(String name, String houseNumber, String street, String city,
                                 String state, String zip) {
    }
}
