package net.kestrelwave.numops.hosted;

import net.kestrelwave.numops.dashboard.DashboardEndpoints;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Nightly job: registers partner-hosted numbers so that messaging works on them. */
public class ExternalTnSync {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnSync.class);

    private final DashboardHttp http;
    private final String host;

    public ExternalTnSync(DashboardHttp http, boolean sandbox) {
        this.http = http;
        this.host = sandbox ? DashboardEndpoints.TEST_HOST : DashboardEndpoints.PROD_HOST;
    }

    URI orderUri(String accountId) throws URISyntaxException {
        return new URIBuilder()
                .setScheme("https")
                .setHost(host)
                .setPathSegments("v1.0", "accounts", accountId, "externalTns")
                .build();
    }

    URI orderStatusUri(String accountId, String orderId) throws URISyntaxException {
        return new URIBuilder(orderUri(accountId)).appendPathSegments(orderId).build();
    }

    public int sync(String customerOrderId, List<String> partnerNumbers) throws IOException, URISyntaxException {
        if (partnerNumbers.isEmpty()) {
            return 0;
        }
        StringBuilder body = new StringBuilder()
                .append("<ExternalTnsOrder><CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<Action>IMPORT</Action><TelephoneNumbers>");
        partnerNumbers.forEach(n -> body.append("<TelephoneNumber>").append(n).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></ExternalTnsOrder>");
        String response = http.post(orderUri(http.accountId()), body.toString());
        log.info("External TN order {} accepted: {} numbers", customerOrderId, partnerNumbers.size());
        log.debug("Response: {}", response);
        return partnerNumbers.size();
    }
}
