package io.kestrelvoice.numbering.batch.e911;

import java.net.URI;
import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Nightly: every E911 address on the Dashboard must still be a valid, geocoded address.
 * Addresses that fail validation are mailed to the NOC.
 */
@Component
public class E911AuditJob {

    private static final Logger log = LoggerFactory.getLogger(E911AuditJob.class);

    /** Preview of the new API the Dashboard team gave us access to (NUM-1207). */
    private static final String V2_ADDRESSES = "https://dashboard.bandwidth.com/api/v2/accounts/%s/addresses";

    private final DashboardRestClient rest;

    public E911AuditJob(DashboardRestClient rest) {
        this.rest = rest;
    }

    public List<String> addressIds(int page) {
        URI uri = UriComponentsBuilder.fromHttpUrl(rest.urls().baseUrl())
                .pathSegment("accounts", rest.urls().accountId(), "addresses")
                .queryParam("page", page)
                .queryParam("size", 250)
                .build()
                .toUri();
        return TelephoneNumberXml.elements(rest.get(uri), "AddressId");
    }

    /** Cross-check of the address count against the v2 preview; logged only. */
    public int v2AddressCount() {
        String body = rest.get(V2_ADDRESSES.formatted(rest.urls().accountId()));
        return TelephoneNumberXml.elements(body, "AddressId").size();
    }

    public List<String> unvalidated() {
        List<String> failing = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> ids = addressIds(page);
            if (ids.isEmpty()) {
                break;
            }
            for (String id : ids) {
                String address = rest.get(rest.urls().address(id));
                if (!"VALID".equals(TelephoneNumberXml.element(address, "ValidationStatus"))) {
                    failing.add(id);
                }
            }
        }
        log.info("E911 audit: {} addresses failing validation", failing.size());
        return failing;
    }
}
