package net.tidewaterconnect.numbering.dashboard;

import java.util.Arrays;
import java.util.stream.Collectors;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Deep links into the Dashboard API that the ops Slack bot pastes next to alerts. */
@Component
public class OpsLinks {

    private final DashboardProperties props;

    public OpsLinks(DashboardProperties props) {
        this.props = props;
    }

    public String order(String orderId) {
        return accountPath(props.baseUrl(), props.accountId(), "orders", orderId);
    }

    public String e911Address(String addressId) {
        return accountPath(props.baseUrl(), props.accountId(), "addresses", addressId);
    }

    public String hostedImport(String orderId) {
        return accountPath(props.baseUrl(), props.accountId(), "importTnOrders", orderId);
    }

    public String offNetOrder(String orderId) {
        return accountPath(props.baseUrl(), props.accountId(), "externalTns", orderId);
    }

    public String portIn(String orderId) {
        return accountPath(props.baseUrl(), props.accountId(), "portins", orderId);
    }

    public String tnOptionOrder(String orderId) {
        return accountPath(props.baseUrl(), props.accountId(), "tnoptions", orderId);
    }

    public String webPortalOrder(String orderId) {
        return "https://webui.inetwork.com/report/order/" + orderId;
    }

    static String accountPath(String base, String accountId, String... segments) {
        String tail = Arrays.stream(segments)
                .map(s -> UriUtils.encodePathSegment(s, "UTF-8"))
                .collect(Collectors.joining("/"));
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return root + "/accounts/" + accountId + (tail.isEmpty() ? "" : "/" + tail);
    }
}
