package net.kestrelcable.provisioning.dashboard;

import java.net.URI;

import net.kestrelcable.provisioning.config.DashboardProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute Dashboard URIs for the calls that do not go through the HTTP interfaces
 * (paging links, audit records, the admin console).
 */
@Component
public class DashboardUris {

    private final DashboardProperties props;

    public DashboardUris(DashboardProperties props) {
        this.props = props;
    }

    public URI e911Addresses(int page, int size) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "addresses")
                .queryParam("page", page)
                .queryParam("size", size)
                .build()
                .toUri();
    }

    public URI externalTns(String siteId, String sipPeerId) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .path("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/")
                .path(DashboardEndpoints.EXTERNAL_TNS)
                .buildAndExpand(props.accountId(), siteId, sipPeerId)
                .toUri();
    }

    public URI inService(String areaCode, int page) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .path("/accounts/{accountId}/inserviceNumbers")
                .queryParam(DashboardEndpoints.AREA_CODE, areaCode)
                .queryParam("page", page)
                .buildAndExpand(props.accountId())
                .toUri();
    }

    public URI importOrderHistory(String orderId) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), DashboardEndpoints.IMPORT_TN_ORDERS, orderId, "history")
                .build()
                .toUri();
    }

    public URI order(String orderId) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), "orders", orderId)
                .build()
                .toUri();
    }

    public URI tnOptionOrder(String orderId) {
        return UriComponentsBuilder.fromHttpUrl(props.baseUrl())
                .pathSegment("accounts", props.accountId(), DashboardEndpoints.TN_OPTIONS, orderId)
                .build()
                .toUri();
    }
}
