package com.harborline.numbering.jobs;

import com.harborline.numbering.xml.XmlSupport;
import java.net.URI;
import java.util.List;
import org.w3c.dom.Document;

/**
 * Weekly: every E911 address on the Dashboard account must still match the site address in
 * our CRM. Dispatchable location rules (RAY BAUM'S) make a stale address a compliance issue.
 */
public class E911AuditJob extends Job {

    private static final String CRM_SITE_ADDRESSES = "https://crm.harborline.net/api/v3/sites/%s/addresses";

    public E911AuditJob() {
        super("e911Audit");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        String accountId = context.accountId();
        String apiRoot = context.props().irisBase();
        String listUrl = settings.get("endpoint");
        URI listUri = listUrl != null ? URI.create(listUrl) : context.dashboard().e911AddressesUri(accountId, 1);
        Document list = XmlSupport.parse(context.dashboard().get(listUri));
        List<String> addressIds = XmlSupport.texts(list, "//Address/AddressId");
        int stale = 0;
        for (String addressId : addressIds) {
            String detail = context.dashboard().get(apiRoot + "/accounts/" + accountId + "/addresses/" + addressId);
            Document doc = XmlSupport.parse(detail);
            String siteCode = XmlSupport.text(doc, "//Address/AddressLine2");
            String street = XmlSupport.text(doc, "//Address/StreetName");
            String crm = context.dashboard().get(CRM_SITE_ADDRESSES.formatted(siteCode));
            if (!crm.contains(street)) {
                stale++;
                log.warn("E911 address {} ({}) differs from CRM site {}", addressId, street, siteCode);
            }
        }
        return JobResult.ok(addressIds.size(), stale + " stale");
    }
}
