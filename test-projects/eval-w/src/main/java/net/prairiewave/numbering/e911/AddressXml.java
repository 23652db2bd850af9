package net.prairiewave.numbering.e911;

/** XML bodies for the Dashboard's E911 address and emergency order resources. */
final class AddressXml {

    private AddressXml() {
    }

    static String serviceAddress(E911Address a) {
        StringBuilder sb = new StringBuilder();
        sb.append("<Address>");
        tag(sb, "HouseNumber", a.houseNumber());
        tag(sb, "StreetName", a.streetName());
        tag(sb, "StreetSuffix", a.streetSuffix());
        tag(sb, "AddressLine2", a.addressLine2());
        tag(sb, "City", a.city());
        tag(sb, "StateCode", a.stateCode());
        tag(sb, "Zip", a.zip());
        tag(sb, "PlusFour", a.plusFour());
        tag(sb, "Country", "US");
        tag(sb, "AddressType", "Service");
        sb.append("</Address>");
        return sb.toString();
    }

    static String emergencyEndpoint(String addressId, String callbackNumber, String callerName) {
        return "<E911Order>"
                + "<CallerName>" + escape(callerName) + "</CallerName>"
                + "<AddressId>" + addressId + "</AddressId>"
                + "<CallbackNumber>" + callbackNumber + "</CallbackNumber>"
                + "</E911Order>";
    }

    private static void tag(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
