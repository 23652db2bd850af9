package net.harborlight.numops.dashboard;

import java.util.List;

import net.harborlight.numops.config.DashboardProperties;
import org.springframework.stereotype.Component;

/**
 * Absolute Dashboard URLs for the places where we cannot use the RestClient's base URL
 * (Unirest batch calls, report downloads, logging of the target).
 */
@Component
public class DashboardUrlBuilder {

    private final DashboardProperties props;

    public DashboardUrlBuilder(DashboardProperties props) {
        this.props = props;
    }

    public String account(String suffix) {
        return props.getBaseUrl() + "/accounts/" + props.getAccountId() + "/" + suffix;
    }

    public String e911Addresses() {
        return props.getBaseUrl() + "/accounts/" + props.getAccountId() + "/addresses";
    }

    public String e911Address(String addressId) {
        return e911Addresses() + "/" + addressId;
    }

    public String inserviceNumbers(String areaCode) {
        return account("inserviceNumbers") + "?areaCode=" + areaCode;
    }

    /** One call for several area codes; the Dashboard ORs repeated filters. */
    public String inserviceNumbers(List<String> areaCodes) {
        StringBuilder url = new StringBuilder(account("inserviceNumbers"));
        char separator = '?';
        for (String areaCode : areaCodes) {
            url.append(separator).append("areaCode=").append(areaCode);
            separator = '&';
        }
        return url.toString();
    }

    public String inserviceNumbersByCountry(String areaCode) {
        return account("inserviceNumbers") + "?countryCodeA3=" + props.getCountryCodeA3() + "&areaCode=" + areaCode;
    }

    public String sipPeerTn(String tn) {
        return account("sites/" + props.getSiteId() + "/sippeers/" + props.getSipPeerId() + "/tns/" + tn);
    }

    /** For report downloads, which go through the plain host (the report service redirects). */
    public static String accountOnHost(String host, String accountId) {
        return host + "/api/accounts/" + accountId;
    }
}
