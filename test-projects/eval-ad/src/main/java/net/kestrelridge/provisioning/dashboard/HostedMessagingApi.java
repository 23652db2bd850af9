package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.xml.ImportTnOrder;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosted messaging: importing customer-owned numbers for SMS and removing them again.
 */
@Singleton
public class HostedMessagingApi {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingApi.class);

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final DashboardSettings settings;
    private final TemplateRenderer templates;

    @Inject
    public HostedMessagingApi(DashboardHttpClient client, DashboardUris uris, DashboardSettings settings,
                              TemplateRenderer templates) {
        this.client = client;
        this.uris = uris;
        this.settings = settings;
        this.templates = templates;
    }

    /** Submits an import order for hosted messaging and returns the Dashboard's order id. */
    public String importNumbers(String customerOrderId, String loaPerson, List<String> tns) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, settings.siteId(), settings.sipPeerId(), loaPerson, tns);
        String url = uris.baseUrl() + DashboardPaths.ACCOUNTS + uris.accountId() + DashboardPaths.IMPORT_TN_ORDERS;
        ImportTnOrder created = XmlMappers.read(client.post(URI.create(url), XmlMappers.write(order)), ImportTnOrder.class);
        log.info("importTnOrders accepted {} numbers as order {}", tns.size(), created.orderId);
        return created.orderId;
    }

    /** Same as {@link #importNumbers} for orders that carry a subscriber address (LOA type SUBSCRIBER). */
    public String importNumbersForSubscriber(Map<String, String> subscriber, List<String> tns) {
        Map<String, Object> values = new java.util.HashMap<>(subscriber);
        values.put("siteId", settings.siteId());
        values.put("sipPeerId", settings.sipPeerId());
        values.put("loaType", "SUBSCRIBER");
        values.put("telephoneNumbers", TemplateRenderer.telephoneNumberElements(tns));
        String body = templates.render("import-tn-order.xml", values);
        return XmlMappers.read(client.post(uris.account("importTnOrders"), body), ImportTnOrder.class).orderId;
    }

    public ImportTnOrder status(String orderId) {
        return XmlMappers.read(client.get(uris.account("importTnOrders", orderId)), ImportTnOrder.class);
    }

    public String history(String orderId) {
        return client.get(uris.account("importTnOrders", orderId, "history"));
    }

    public String loas(String orderId) {
        return client.get(URI.create(String.format("%s/accounts/%s/importTnOrders/%s/loas", uris.baseUrl(), uris.accountId(), orderId)));
    }

    /** Removes previously imported numbers from hosted messaging. */
    public String removeNumbers(String customerOrderId, List<String> tns) {
        StringBuilder body = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(TemplateRenderer.escape(customerOrderId)).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        tns.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        String response = client.post(uris.account("removeImportedTnOrders"), body.toString());
        return XmlMappers.read(response, ImportTnOrder.class).orderId;
    }

    public String removalStatus(String orderId) {
        URI uri = URI.create(uris.accountUrl(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS + "/" + orderId));
        return client.get(uri);
    }

    /** Voice-only imports were moved to the v2 route by the porting team in 3.6. */
    public String importVoiceNumbers(String customerOrderId, List<String> tns) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, settings.siteId(), settings.sipPeerId(), null, tns);
        return client.post(uris.account("importTnOrders", "voice"), XmlMappers.write(order));
    }

    /** Pre-check that the numbers can be imported at all. */
    public String check(List<String> tns) {
        StringBuilder body = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        for (String tn : tns) {
            body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        body.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return client.post(URI.create(uris.accountUrl(DashboardPaths.IMPORT_TN_CHECKER)), body.toString());
    }
}
