package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.ToolConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Builds absolute Dashboard URLs for the raw HTTP clients. The base comes from configuration and
 * has no trailing slash.
 */
public final class DashboardPaths {

    private final String base;
    private final String accountId;

    public DashboardPaths(String base, String accountId) {
        this.base = base;
        this.accountId = accountId;
    }

    public static DashboardPaths of(ToolConfig config) {
        return new DashboardPaths(config.dashboardBase(), config.accountId());
    }

    public String account(String suffix) {
        return base + "/accounts/" + accountId + "/" + suffix;
    }

    public String addresses() {
        return base + "/accounts/" + accountId + "/addresses";
    }

    public String address(String addressId) {
        return String.format("%s/accounts/%s/addresses/%s", base, accountId, addressId);
    }

    public String importOrders() {
        return account("importTnOrders");
    }

    public String importOrder(String orderId) {
        return account("importTnOrders/" + orderId);
    }

    public String externalTns() {
        return account("externalTns");
    }

    public String orders() {
        return account("orders");
    }

    public String tnOptions() {
        return account("tnoptions");
    }

    public String sipPeerTn(String siteId, String sipPeerId, String tn) {
        return account("sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn);
    }

    public String inservice(String areaCode) {
        return account("inserviceNumbers") + "?areaCode=" + areaCode;
    }

    /** Several NPAs at once: the API accepts the parameter repeatedly. */
    public String inservice(Collection<String> areaCodes, int page, int size) {
        StringBuilder url = new StringBuilder(account("inserviceNumbers"));
        url.append("?page=").append(page).append("&size=").append(size);
        for (String ac : areaCodes) {
            url.append("&areaCode=").append(URLEncoder.encode(ac, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String availableNumbers(String countryA3, String areaCode, int quantity) {
        return account("availableNumbers") + "?countryCodeA3=" + countryA3 + "&areaCode=" + areaCode
                + "&quantity=" + quantity;
    }

    public String reportInstances(String reportId) {
        return account("reports/" + reportId + "/instances");
    }
}
