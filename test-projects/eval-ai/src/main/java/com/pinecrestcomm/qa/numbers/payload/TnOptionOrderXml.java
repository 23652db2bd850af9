package com.pinecrestcomm.qa.numbers.payload;

import java.util.List;
import java.util.UUID;

/**
 * TN option orders: the supported way to switch SMS on or off for a set of numbers.
 */
public final class TnOptionOrderXml {

    private TnOptionOrderXml() {
    }

    public static String smsToggle(List<String> telephoneNumbers, boolean on) {
        StringBuilder xml = new StringBuilder(256)
                .append("<TnOptionOrder>")
                .append("<CustomerOrderId>").append("qa-").append(UUID.randomUUID()).append("</CustomerOrderId>")
                .append("<TnOptionGroups><TnOptionGroup>")
                .append("<Sms>").append(on ? "on" : "off").append("</Sms>")
                .append("<TelephoneNumbers>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return xml.append("</TelephoneNumbers>")
                .append("</TnOptionGroup></TnOptionGroups>")
                .append("</TnOptionOrder>")
                .toString();
    }
}
