package net.harborlight.numops.dashboard;

import java.time.LocalDate;

import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Raw XML access to the Dashboard for the calls where the SDK model is too lossy
 * (order listings with paging, availability searches with the full detail block).
 */
@Component
public class DashboardRestGateway {

    private static final Logger log = LoggerFactory.getLogger(DashboardRestGateway.class);

    private final RestClient dashboard;
    private final DashboardProperties props;

    public DashboardRestGateway(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public String getOrder(String orderId) {
        return dashboard.get()
                .uri(DashboardEndpoints.ORDER, props.getAccountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    public String listOrders(LocalDate modifiedSince, int page, int size) {
        log.debug("GET {}/accounts/{}/orders?modifiedDateFrom={} page={}",
                props.getBaseUrl(), props.getAccountId(), modifiedSince, page);
        return dashboard.get()
                .uri(b -> b.path(DashboardEndpoints.ORDERS)
                        .queryParam("modifiedDateFrom", modifiedSince)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(props.getAccountId()))
                .retrieve()
                .body(String.class);
    }

    public String searchAvailableNumbers(String areaCode, int quantity) {
        return dashboard.get()
                .uri(b -> b.path("/accounts/{accountId}/availableNumbers")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .queryParam("enableTNDetail", true)
                        .build(props.getAccountId()))
                .retrieve()
                .body(String.class);
    }

    public String searchAvailableNpaNxx(String areaCode) {
        return dashboard.get()
                .uri(b -> b.path("/accounts/{accountId}/availableNpaNxx")
                        .queryParam("countryCodeA3", props.getCountryCodeA3())
                        .queryParam("areaCode", areaCode)
                        .build(props.getAccountId()))
                .retrieve()
                .body(String.class);
    }

    public String post(String uriTemplate, String xmlBody, Object... uriVariables) {
        return dashboard.post()
                .uri(uriTemplate, uriVariables)
                .body(xmlBody)
                .retrieve()
                .body(String.class);
    }

    public String put(String uriTemplate, String xmlBody, Object... uriVariables) {
        return dashboard.put()
                .uri(uriTemplate, uriVariables)
                .body(xmlBody)
                .retrieve()
                .body(String.class);
    }
}
