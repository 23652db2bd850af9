package net.harborlight.numops.dashboard;

import kong.unirest.HttpResponse;
import kong.unirest.UnirestInstance;
import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Unirest based Dashboard calls used by the batch jobs. Base URL and credentials are set on the
 * instance (see UnirestConfiguration), so the paths here are relative.
 */
@Component
public class UnirestDashboardClient {

    private static final Logger log = LoggerFactory.getLogger(UnirestDashboardClient.class);
    private static final String XML = "application/xml";

    private final UnirestInstance unirest;
    private final DashboardProperties props;

    public UnirestDashboardClient(@Qualifier("dashboardUnirest") UnirestInstance unirest, DashboardProperties props) {
        this.unirest = unirest;
        this.props = props;
    }

    public String inserviceNumbers(String npa, int page) {
        // Same as the old curl in the runbook:
        // GET https://dashboard.bandwidth.com/api/accounts/{accountId}/inserviceNumbers?areacode=919&page=1&size=2500
        HttpResponse<String> response = unirest.get("/accounts/{accountId}/inserviceNumbers")
                .routeParam("accountId", props.getAccountId())
                .queryString("areacode", npa)
                .queryString("page", page)
                .queryString("size", 2500)
                .asString();
        return bodyOrThrow(response, "inserviceNumbers " + npa);
    }

    public String e911AddressesPage(int page) {
        HttpResponse<String> response = unirest.get("/accounts/{accountId}/addresses")
                .routeParam("accountId", props.getAccountId())
                .queryString("page", page)
                .queryString("size", 500)
                .asString();
        return bodyOrThrow(response, "addresses page " + page);
    }

    public String importTnOrderHistory(String orderId) {
        HttpResponse<String> response = unirest
                .get("/accounts/" + props.getAccountId() + "/importTnOrders/" + orderId + "/history")
                .asString();
        return bodyOrThrow(response, "importTnOrder history " + orderId);
    }

    public String listHostedMessagingImports(String status) {
        HttpResponse<String> response = unirest.get("/accounts/{accountId}/importTnOrders/messaging")
                .routeParam("accountId", props.getAccountId())
                .queryString("processingStatus", status)
                .asString();
        return bodyOrThrow(response, "importTnOrders/messaging");
    }

    public String removeImportedTns(String xmlBody) {
        HttpResponse<String> response = unirest
                .post(String.format("/accounts/%s/removeImportedTnOrders", props.getAccountId()))
                .header("Content-Type", XML)
                .body(xmlBody)
                .asString();
        return bodyOrThrow(response, "removeImportedTnOrders");
    }

    public String importVoiceTns(String xmlBody) {
        HttpResponse<String> response = unirest.post("/accounts/{accountId}/importTnOrders/voice")
                .routeParam("accountId", props.getAccountId())
                .header("Content-Type", XML)
                .body(xmlBody)
                .asString();
        return bodyOrThrow(response, "importTnOrders/voice");
    }

    public String submitExternalTns(String xmlBody) {
        HttpResponse<String> response = unirest.post(DashboardEndpoints.EXTERNAL_TNS)
                .routeParam("accountId", props.getAccountId())
                .header("Content-Type", XML)
                .body(xmlBody)
                .asString();
        return bodyOrThrow(response, "externalTns");
    }

    public String externalTnsOrderStatus(String orderId) {
        HttpResponse<String> response = unirest
                .get("/accounts/" + props.getAccountId() + "/externalTns/" + orderId)
                .asString();
        return bodyOrThrow(response, "externalTns " + orderId);
    }

    private static String bodyOrThrow(HttpResponse<String> response, String what) {
        if (!response.isSuccess()) {
            log.warn("Dashboard call {} failed: HTTP {} {}", what, response.getStatus(), response.getBody());
            throw new IllegalStateException("Dashboard call " + what + " failed with HTTP " + response.getStatus());
        }
        return response.getBody();
    }
}
