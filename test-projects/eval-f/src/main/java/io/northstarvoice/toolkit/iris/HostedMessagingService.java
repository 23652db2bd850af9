package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.util.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Hosted messaging: numbers whose voice stays with another carrier but whose SMS we bring onto
 * our Bandwidth account through import TN orders.
 */
public class HostedMessagingService extends DashboardClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
        this.siteId = config.siteId();
        this.sipPeerId = config.sipPeerId();
    }

    public String importNumbers(List<String> numbers, String customerOrderId) {
        List<String> tns = numbers.stream().map(PhoneNumbers::tenDigit).distinct().toList();
        var payload = new XmlPayloads.ImportTnOrderPayload(customerOrderId, siteId, sipPeerId, "Northstar Voice LLC", tns);
        HttpResult result = postXml(String.format(IrisEndpoints.IMPORT_TN_ORDERS, accountId), XmlPayloads.write(payload));
        String orderId = result.locationId().orElseThrow();
        log.info("import order {} created for {} numbers (POST .../importTnOrders)", orderId, tns.size());
        return orderId;
    }

    public String orderStatusXml(String orderId) {
        return get(IrisEndpoint.IMPORT_ORDER.expand(Map.of("accountId", accountId, "orderId", orderId))).body();
    }

    public String historyXml(String orderId) {
        return get(IrisEndpoint.IMPORT_ORDER_HISTORY.expand(Map.of("accountId", accountId, "orderId", orderId))).body();
    }

    public String listImportOrdersXml(String createdDateFrom) {
        String path = String.format(IrisEndpoints.IMPORT_TN_ORDERS, accountId);
        return get(path, Map.of("createdDateFrom", createdDateFrom)).body();
    }

    public String removeNumbers(List<String> numbers, String customerOrderId) {
        var payload = new XmlPayloads.RemoveImportedTnOrderPayload(customerOrderId,
                numbers.stream().map(PhoneNumbers::tenDigit).toList());
        return postXml(String.format(IrisEndpoints.REMOVE_IMPORTED_TN_ORDERS, accountId), XmlPayloads.write(payload))
                .locationId().orElseThrow();
    }

    public String removalStatusXml(String orderId) {
        return get(IrisEndpoint.REMOVE_IMPORTED_ORDER.expand(Map.of("accountId", accountId, "orderId", orderId))).body();
    }

    /** Portability pre-check; does not create anything. */
    public String checkImportable(List<String> numbers) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + numbers.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").reduce("", String::concat)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return postXml(String.format(IrisEndpoints.IMPORT_TN_CHECKER, accountId), body).body();
    }

    /** Voice imports were set up by the platform team after the 2023 pilot. */
    public String listVoiceImportsXml() {
        return get(IrisEndpoint.IMPORT_ORDERS_VOICE.expand(Map.of("accountId", accountId))).body();
    }
}
