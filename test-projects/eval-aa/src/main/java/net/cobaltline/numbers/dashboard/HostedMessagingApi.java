package net.cobaltline.numbers.dashboard;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.AppConfig;
import net.cobaltline.numbers.dashboard.xml.ExternalTnsOrderXml;
import net.cobaltline.numbers.dashboard.xml.ImportTnOrder;

/**
 * Hosted messaging: enabling SMS on numbers whose voice service stays with another carrier.
 * Imports and removals are orders ({@code POST /accounts/{id}/importTnOrders} and
 * {@code /removeImportedTnOrders}); the Dashboard calls us back when they finish.
 */
public class HostedMessagingApi {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingApi.class);

    private final DashboardClient client;
    private final AppConfig.Paths paths;

    public HostedMessagingApi(DashboardClient client, AppConfig.Paths paths) {
        this.client = client;
        this.paths = paths;
    }

    public String importNumbers(String customerOrderId, String siteId, String sipPeerId,
                                List<String> tns, String loaPerson) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, siteId, sipPeerId, tns);
        order.loaAuthorizingPerson = loaPerson;
        URI uri = client.accountUri(DashboardPaths.IMPORT_TN_ORDERS);
        String orderId = client.post(uri, XmlMappers.write(order)).requireSuccess().createdId();
        log.info("Import order {} for {} numbers (customer order {})", orderId, tns.size(), customerOrderId);
        return orderId;
    }

    public String importStatus(String orderId) {
        return client.get(client.segments("importTnOrders", orderId)).requireSuccess().body();
    }

    public String importHistory(String orderId) {
        return client.get(client.segments("importTnOrders", orderId, "history")).requireSuccess().body();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        String body = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TelephoneNumbers>
                %s
                  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId, tnElements(tns));
        return client.post(client.accountUri(paths.removeImported), body).requireSuccess().createdId();
    }

    public String removalStatus(String orderId) {
        String url = String.format("%s/accounts/%s/removeImportedTnOrders/%s", client.baseUrl(), client.accountId(), orderId);
        return client.get(URI.create(url)).requireSuccess().body();
    }

    /** Pre-flight: can these numbers be imported at all? */
    public String checkImportable(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + tnElements(tns)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return client.post(client.accountUri(DashboardPaths.IMPORT_TN_CHECKER), body).requireSuccess().body();
    }

    /** Voice imports were added for the porting pilot and use the newer route. */
    public String importForVoice(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        ImportTnOrder order = ImportTnOrder.of(customerOrderId, siteId, sipPeerId, tns);
        return client.post(client.accountUri("/importTnOrders/voice"), XmlMappers.write(order))
                .requireSuccess()
                .createdId();
    }

    /** Older wholesale flow: numbers attached to a SIP peer as external TNs. */
    public String externalTns(String siteId, String sipPeerId, ExternalTnsOrderXml.Action action, List<String> tns) {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml();
        order.customerOrderId = "ext-" + System.currentTimeMillis();
        order.siteId = siteId;
        order.sipPeerId = sipPeerId;
        order.action = action;
        order.loaType = "CARRIER";
        order.telephoneNumbers = tns;
        URI uri = client.accountUri(DashboardPaths.SITES + siteId + DashboardPaths.SIPPEERS + sipPeerId + DashboardPaths.EXTERNAL_TNS);
        return client.post(uri, XmlMappers.write(order)).requireSuccess().createdId();
    }

    public String listExternalTns(String siteId, String sipPeerId) {
        String url = String.format("%s/accounts/%s/sites/%s/sippeers/%s/externalTns?page=1&size=100",
                client.baseUrl(), client.accountId(), siteId, sipPeerId);
        return client.get(URI.create(url)).requireSuccess().body();
    }

    public String externalTnsStatus(String orderId) {
        return client.get(client.accountUri(paths.external + "/" + orderId)).requireSuccess().body();
    }

    static String tnElements(List<String> tns) {
        return tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
    }
}
