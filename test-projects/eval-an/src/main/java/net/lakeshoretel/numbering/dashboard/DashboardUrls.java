package net.lakeshoretel.numbering.dashboard;

import net.lakeshoretel.numbering.config.JobSettings;
import okhttp3.HttpUrl;

import java.io.Serializable;

/** Builds the Dashboard URLs the job calls, from the configured base URL and account. */
public class DashboardUrls implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String baseUrl;
    private final String accountId;

    public DashboardUrls(JobSettings settings) {
        this(settings.dashboardBaseUrl(), settings.accountId());
    }

    public DashboardUrls(String baseUrl, String accountId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    /** {@code <base>/accounts/<account>/<segments...>}; a segment may contain slashes. */
    public HttpUrl account(String... segments) {
        HttpUrl.Builder builder = HttpUrl.get(baseUrl).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(accountId);
        for (String segment : segments) {
            builder.addPathSegments(segment);
        }
        return builder.build();
    }

    public HttpUrl tnDetails(String tn) {
        return HttpUrl.get(baseUrl).newBuilder()
                .addPathSegment("tns")
                .addPathSegment(tn)
                .addPathSegment("tndetails")
                .build();
    }

    public HttpUrl e911Address(String addressId) {
        return account("addresses", addressId);
    }

    public HttpUrl inserviceNumbers(String areaCode, int page) {
        return account("inserviceNumbers").newBuilder()
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("size", "500")
                .build();
    }

    public HttpUrl availableNumbersInCountry(String countryCodeA3, String areaCode, int quantity) {
        return account("availableNumbers").newBuilder()
                .addQueryParameter("countryCodeA3", countryCodeA3)
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
    }

    public HttpUrl importTnOrder(String orderId) {
        return account("importTnOrders", orderId);
    }

    public HttpUrl importTnOrderHistory(String orderId) {
        return account("importTnOrders/" + orderId + "/history");
    }

    public HttpUrl importTnChecker() {
        return account("importTnChecker");
    }

    public HttpUrl sipPeerTn(String siteId, String peerId, String tn) {
        return account("sites", siteId, "sippeers", peerId, "tns", tn);
    }

    public HttpUrl tnOptionOrders() {
        return account("tnoptions");
    }

    public HttpUrl subscriptions() {
        return account("subscriptions");
    }

    public HttpUrl reportInstances(String reportId) {
        return account("reports", reportId, "instances");
    }

    public HttpUrl reportInstance(String reportId, String instanceId) {
        return account("reports", reportId, "instances", instanceId);
    }

    public HttpUrl reportFile(String reportId, String instanceId) {
        return account("reports", reportId, "instances", instanceId, "file");
    }
}
