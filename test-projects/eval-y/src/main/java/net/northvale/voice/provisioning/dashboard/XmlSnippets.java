package net.northvale.voice.provisioning.dashboard;

import java.util.Collection;

/** Tiny helpers for the request bodies we still write by hand. */
final class XmlSnippets {

    private XmlSnippets() {
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One {@code <TelephoneNumber>} element per number, indented for the templates. */
    static String telephoneNumbers(Collection<String> tns) {
        StringBuilder sb = new StringBuilder();
        for (String tn : tns) {
            sb.append("        <TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>\n");
        }
        return sb.toString();
    }
}
