package org.harborline.provisioning.http;

import java.io.IOException;
import java.util.List;

import org.harborline.provisioning.config.IrisConstants;

/**
 * Hosted messaging on numbers we do not own (customer keeps voice with their carrier).
 */
public class ExternalTnsClient extends AbstractIrisResource {

    public ExternalTnsClient(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return "externalTns";
    }

    public String importExternal(String customerOrderId, List<String> tns) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<ExternalTnsOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<SiteId>").append(IrisConstants.DEFAULT_SITE_ID).append("</SiteId>");
        xml.append("<SipPeerId>").append(IrisConstants.DEFAULT_SIP_PEER_ID).append("</SipPeerId>");
        xml.append("<Action>IMPORT</Action><LoaType>CARRIER</LoaType><TelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        String url = UrlUtil.url(baseUrl, "accounts", accountId, "externalTns");
        return http.post(url, xml.toString());
    }

    public String status(String orderId) throws IOException {
        return http.get(baseUrl + "/accounts/" + accountId + "/externalTns/" + orderId);
    }

    /** Support asked for a fixed-number probe after the 2021 outage. */
    public String probe() throws IOException {
        return importExternal("PROBE-1", java.util.Collections.singletonList("4352154439"));
    }
}
