package com.quillcrest.provisioning.legacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds LNP (port-in) order XML for the porting desk. Numbers are entered by the desk as
 * 10 digits; the builder rejects anything else before the order leaves the building.
 */
public class PortInOrderBuilder {

    /** Billing number we use when porting our own lines between carriers. */
    private static final String QUILLCREST_BTN = "9192304400";

    private final List<String> numbers = new ArrayList<>();
    private String customerOrderId;
    private String billingTelephoneNumber = QUILLCREST_BTN;
    private String siteId;
    private String peerId;
    private String subscriberName = "Quillcrest Communications";
    private LocalDate requestedFocDate = LocalDate.now().plusDays(10);

    public PortInOrderBuilder customerOrderId(String id) {
        this.customerOrderId = id;
        return this;
    }

    public PortInOrderBuilder billingTelephoneNumber(String btn) {
        this.billingTelephoneNumber = requireTenDigits(btn);
        return this;
    }

    public PortInOrderBuilder site(String siteId, String peerId) {
        this.siteId = siteId;
        this.peerId = peerId;
        return this;
    }

    public PortInOrderBuilder subscriber(String name) {
        this.subscriberName = name;
        return this;
    }

    public PortInOrderBuilder focDate(LocalDate date) {
        this.requestedFocDate = date;
        return this;
    }

    public PortInOrderBuilder number(String tn) {
        numbers.add(requireTenDigits(tn));
        return this;
    }

    public String build() {
        StringBuilder xml = new StringBuilder();
        xml.append("<LnpOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<BillingTelephoneNumber>").append(billingTelephoneNumber).append("</BillingTelephoneNumber>");
        xml.append("<Subscriber><SubscriberType>BUSINESS</SubscriberType>");
        xml.append("<BusinessName>").append(subscriberName).append("</BusinessName></Subscriber>");
        xml.append("<SiteId>").append(siteId).append("</SiteId>");
        xml.append("<PeerId>").append(peerId).append("</PeerId>");
        xml.append("<RequestedFocDate>").append(requestedFocDate).append("</RequestedFocDate>");
        xml.append("<ListOfPhoneNumbers>");
        for (String tn : numbers) {
            xml.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
        }
        xml.append("</ListOfPhoneNumbers></LnpOrder>");
        return xml.toString();
    }

    private static String requireTenDigits(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() != 10) {
            throw new IllegalArgumentException("port-in numbers must be 10 digits: " + typed);
        }
        return digits;
    }
}
