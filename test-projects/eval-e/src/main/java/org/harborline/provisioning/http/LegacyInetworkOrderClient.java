package org.harborline.provisioning.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.apache.http.client.utils.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order client from the inetwork days. Wired in applicationContext.xml; the wholesale
 * reseller flow still goes through it.
 */
public class LegacyInetworkOrderClient {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyInetworkOrderClient.class);

    private final IrisHttpClient http;
    private final String host;
    private final String siteId;

    public LegacyInetworkOrderClient(IrisHttpClient http, String host, String siteId) {
        this.http = http;
        this.host = host;
        this.siteId = siteId;
    }

    URI orderUri(String accountId) throws URISyntaxException {
        URIBuilder builder = new URIBuilder();
        builder.setScheme("https").setHost(host);
        builder.setPath("/v1.0/accounts/" + accountId + "/orders");
        return builder.build();
    }

    public String placeOrder(String accountId, List<Long> tns) throws IOException, URISyntaxException {
        LOG.info("Posting order to https://api.inetwork.com/v1.0/accounts/{}/orders ({} TNs)", accountId, tns.size());
        StringBuffer xml = new StringBuffer();
        xml.append("<Order>");
        xml.append("<SiteId>").append(siteId).append("</SiteId>");
        xml.append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (Long tn : tns) {
            xml.append("<TelephoneNumber>").append(Long.toString(tn)).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType>");
        xml.append("</Order>");
        return http.post(orderUri(accountId).toString(), xml.toString());
    }
}
