package net.harborlight.numops.dashboard;

import java.util.Collection;

/**
 * Small helpers for the hand-built XML bodies (the ones that are too small for a template).
 */
public final class XmlPayloads {

    private XmlPayloads() {
    }

    public static String telephoneNumbers(String wrapper, Collection<String> tns) {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(wrapper).append('>');
        for (String tn : tns) {
            sb.append("<TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>");
        }
        sb.append("</").append(wrapper).append('>');
        return sb.toString();
    }

    public static String element(String name, Object value) {
        return "<" + name + ">" + escape(String.valueOf(value)) + "</" + name + ">";
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
