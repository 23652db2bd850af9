package net.halyardcomm.backoffice.hosted;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.halyardcomm.backoffice.config.DashboardEndpoints;
import net.halyardcomm.backoffice.http.DashboardException;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.templates.XmlTemplates;

/**
 * Off-net numbers (voice with another carrier) we provide messaging for. The product team
 * calls them "external TNs", hence the name; counts go to the metrics key below.
 */
public class ExternalTnsClient {

    public static final String METRIC_IMPORTED = "backoffice.externalTns.imported";

    private final DashboardHttp http;
    private final XmlTemplates templates;
    private final String accountId;
    private final String siteId;
    private final String sipPeerId;

    public ExternalTnsClient(DashboardHttp http, XmlTemplates templates, String accountId, String siteId,
            String sipPeerId) {
        this.http = http;
        this.templates = templates;
        this.accountId = accountId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String add(String customerOrderId, List<String> externalTns) {
        String body = templates.render(XmlTemplates.EXTERNAL_TNS_ORDER, model(customerOrderId, "IMPORT", externalTns));
        HttpResult result = http.post("/accounts/" + accountId + "/" + DashboardEndpoints.EXTERNAL_TNS, body);
        return orderId(result);
    }

    public String remove(String customerOrderId, List<String> externalTns) {
        StringBuilder xml = new StringBuilder();
        xml.append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<Action>REMOVE</Action>")
                .append("<TelephoneNumbers>");
        for (String tn : externalTns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        return orderId(http.post(String.format("/accounts/%s/externalTns", accountId), xml.toString()));
    }

    public String status(String orderId) {
        return http.get(MessageFormat.format("/accounts/{0}/externalTns/{1}", accountId, orderId)).body();
    }

    private Map<String, Object> model(String customerOrderId, String action, List<String> numbers) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("customerOrderId", customerOrderId);
        model.put("siteId", siteId);
        model.put("sipPeerId", sipPeerId);
        model.put("action", action);
        model.put("loaType", "CARRIER");
        model.put("numbers", numbers);
        return model;
    }

    private static String orderId(HttpResult result) {
        if (!result.isSuccess()) {
            throw new DashboardException("external TN order failed: " + result.body(), result.status());
        }
        return result.createdId();
    }
}
