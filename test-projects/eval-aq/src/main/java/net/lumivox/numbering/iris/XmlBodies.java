package net.lumivox.numbering.iris;

import java.util.Collection;

import static net.lumivox.numbering.iris.XmlSupport.escape;

/**
 * Request bodies of the hosted messaging orders.
 */
public final class XmlBodies {

    private XmlBodies() {
    }

    public static String telephoneNumbers(Collection<String> tns) {
        StringBuilder sb = new StringBuilder("<TelephoneNumbers>");
        for (String tn : tns) {
            sb.append("<TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>");
        }
        return sb.append("</TelephoneNumbers>").toString();
    }

    public static String importTnOrder(String customerOrderId, String siteId, String sipPeerId, Collection<String> tns) {
        return new StringBuilder()
                .append("<ImportTnOrder>")
                .append("<CustomerOrderId>").append(escape(customerOrderId)).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>")
                .append("<LoaAuthorizingPerson>Lumivox Provisioning</LoaAuthorizingPerson>")
                .append(telephoneNumbers(tns))
                .append("</ImportTnOrder>")
                .toString();
    }

    public static String externalTnsOrder(String customerOrderId, String action, String siteId, String sipPeerId,
                                          Collection<String> tns) {
        return new StringBuilder()
                .append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(escape(customerOrderId)).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>")
                .append("<Action>").append(action).append("</Action>")
                .append("<LoaType>CARRIER</LoaType>")
                .append(telephoneNumbers(tns))
                .append("</ExternalTnsOrder>")
                .toString();
    }

    public static String removeImportedTnOrder(String customerOrderId, Collection<String> tns) {
        return "<RemoveImportedTnOrder><CustomerOrderId>" + escape(customerOrderId) + "</CustomerOrderId>"
                + telephoneNumbers(tns) + "</RemoveImportedTnOrder>";
    }
}
