package net.halyardcomm.backoffice.hosted;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import net.halyardcomm.backoffice.config.DashboardEndpoints;
import net.halyardcomm.backoffice.http.DashboardException;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.http.UriTemplate;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.ImportTnOrderXml;
import net.halyardcomm.backoffice.xml.JaxbCodec;

/**
 * Raw-HTTP side of hosted messaging, used by the bulk onboarding tool (thousands of numbers,
 * where the SDK's one-object-per-number model is too slow).
 */
public class HostedMessagingGateway {

    private static final Logger LOG = Logger.getLogger(HostedMessagingGateway.class.getName());

    private static final UriTemplate ACCOUNT = UriTemplate.of("/accounts/{accountId}/");
    private static final UriTemplate IMPORTS = ACCOUNT.append(DashboardEndpoints.IMPORT_TN_ORDERS);
    private static final UriTemplate IMPORT_HISTORY = UriTemplate.of("/accounts/{accountId}/importTnOrders/{orderId}/history");
    private static final UriTemplate REMOVALS = UriTemplate.of("/accounts/{accountId}" + DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS);
    private static final UriTemplate VOICE_IMPORTS = ACCOUNT.append(DashboardEndpoints.IMPORT_TN_ORDERS_VOICE);

    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final XmlTemplates templates;
    private final String accountId;
    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingGateway(DashboardHttp http, JaxbCodec codec, XmlTemplates templates, String accountId,
            String siteId, String sipPeerId) {
        this.http = http;
        this.codec = codec;
        this.templates = templates;
        this.accountId = accountId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String importBatch(String customerOrderId, List<String> telephoneNumbers) {
        ImportTnOrderXml order = ImportTnOrderXml.builder()
                .customerOrderId(customerOrderId)
                .siteId(siteId)
                .sipPeerId(sipPeerId)
                .loaAuthorizingPerson("Halyard Provisioning")
                .loaType("CARRIER")
                .telephoneNumbers(telephoneNumbers)
                .build();
        HttpResult result = http.post(IMPORTS.expand("accountId", accountId), codec.marshal(order));
        return created(result, "import");
    }

    /** Voice-only hosting for the SIP trunk customers; already on the v2 route names. */
    public String importForVoice(String customerOrderId, List<String> e164Numbers) {
        ImportTnOrderXml order = ImportTnOrderXml.builder()
                .customerOrderId(customerOrderId)
                .siteId(siteId)
                .sipPeerId(sipPeerId)
                .telephoneNumbers(e164Numbers)
                .build();
        return created(http.post(VOICE_IMPORTS.expand("accountId", accountId), codec.marshal(order)), "voice import");
    }

    public String history(String orderId) {
        return http.get(IMPORT_HISTORY.expand("accountId", accountId, "orderId", orderId)).body();
    }

    public String remove(String customerOrderId, List<String> telephoneNumbers) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("customerOrderId", customerOrderId);
        model.put("numbers", telephoneNumbers);
        String body = templates.render(XmlTemplates.REMOVE_IMPORTED, model);
        return created(http.post(REMOVALS.expand("accountId", accountId), body), "removal");
    }

    /** Dry-run check before a batch: which numbers can be imported at all. */
    public String check(List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return http.post("/accounts/" + accountId + "/" + DashboardEndpoints.IMPORT_TN_CHECKER, xml.toString()).body();
    }

    /** LOA files attached to an import (the onboarding tool shows them to the customer). */
    public String loaFiles(String orderId) {
        return http.get("/accounts/" + accountId + "/importTnOrders/" + orderId + "/loas?metadata=true").body();
    }

    public String removalStatus(String removalOrderId) {
        return http.get(String.format("/accounts/%s/removeImportedTnOrders/%s", accountId, removalOrderId)).body();
    }

    /** Paged listing for the onboarding dashboard. */
    public String listImports(int page) {
        String path = String.format("/accounts/%s/importTnOrders?page=%d&size=%d", accountId, page, 50);
        return http.get(path).body();
    }

    private String created(HttpResult result, String what) {
        if (result.status() != 201) {
            LOG.warning(what + " failed, POST /accounts/" + accountId + "/importTnOrders answered " + result.status());
            throw new DashboardException(what + " failed: " + result.body(), result.status());
        }
        return result.createdId();
    }
}
