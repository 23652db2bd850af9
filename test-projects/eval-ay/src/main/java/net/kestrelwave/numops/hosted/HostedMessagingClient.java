package net.kestrelwave.numops.hosted;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.config.Settings;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.model.ImportTnOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Raw-HTTP hosted messaging orders: imports, removals and the older external TN orders. */
public class HostedMessagingClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private static final String LEGACY_IMPORTS = "https://api.inetwork.com/v1.0/accounts/%s/importTnOrders";

    private final DashboardHttp http;
    private final Settings settings;
    private final XmlMapper xml;

    public HostedMessagingClient(DashboardHttp http, Settings settings, XmlMapper xml) {
        this.http = http;
        this.settings = settings;
        this.xml = xml;
    }

    public static String legacyImportsUrl(String legacyAccountId) {
        return String.format(LEGACY_IMPORTS, legacyAccountId);
    }

    public String submitImport(ImportTnOrder order) throws IOException {
        String path = settings.path("dashboard.path.import-orders", "/accounts/{accountId}/importTnOrders");
        return http.post(URI.create(settings.dashboardBaseUrl() + path), xml.writeValueAsString(order));
    }

    public String importHistory(String orderId) throws IOException, URISyntaxException {
        return http.get(http.accountUri("importTnOrders", orderId, "history").build());
    }

    public String removeImported(String orderId) throws IOException {
        String url = String.format("%s/accounts/%s/removeImportedTnOrders/%s", settings.dashboardBaseUrl(), http.accountId(), orderId);
        return http.get(URI.create(url));
    }

    public String submitExternal(String customerOrderId, String action, List<String> numbers) throws IOException {
        StringBuilder body = new StringBuilder("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(settings.siteId()).append("</SiteId>")
                .append("<SipPeerId>").append(settings.sipPeerId()).append("</SipPeerId>")
                .append("<Action>").append(action).append("</Action>")
                .append("<TelephoneNumbers>");
        for (String n : numbers) {
            body.append("<TelephoneNumber>").append(n).append("</TelephoneNumber>");
        }
        body.append("</TelephoneNumbers></ExternalTnsOrder>");
        String path = settings.path("dashboard.path.external-tns", "/accounts/{accountId}/externalTns");
        log.info("POST /externalTns {} with {} numbers", action, numbers.size());
        return http.post(URI.create(settings.dashboardBaseUrl() + path), body.toString());
    }

    public String externalOrder(String orderId) throws IOException {
        return http.get(URI.create(settings.dashboardBaseUrl() + "/accounts/" + http.accountId() + "/externalTns/" + orderId));
    }

    /** Import orders of the wholesale account, which is still served from the old host. */
    public String legacyImports(String legacyAccountId) throws IOException {
        return http.get(URI.create(legacyImportsUrl(legacyAccountId)));
    }
}
