package net.prairiewave.numbering.xml;

import java.util.List;

/**
 * TN option orders (POST /accounts/{id}/tnoptions). This is where SMS is switched on or off
 * for a set of numbers.
 */
public final class TnOptionOrderXml {

    private TnOptionOrderXml() {
    }

    public static String smsGroup(String customerOrderId, boolean on, List<String> tns) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("<TnOptionOrder>");
        sb.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        sb.append("<TnOptionGroups><TnOptionGroup>");
        sb.append("<Sms>").append(on ? "on" : "off").append("</Sms>");
        sb.append("<TelephoneNumbers>");
        for (String tn : tns) {
            sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        sb.append("</TelephoneNumbers>");
        sb.append("</TnOptionGroup></TnOptionGroups>");
        sb.append("</TnOptionOrder>");
        return sb.toString();
    }
}
