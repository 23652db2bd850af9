package com.northforktel.numbering.orders;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.DashboardHttp;
import com.northforktel.numbering.dashboard.PortInClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.inventory.NumberStore;
import io.vertx.core.Future;
import io.vertx.uritemplate.UriTemplate;
import io.vertx.uritemplate.Variables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Port-in flow: check portability, make sure an emergency address is on file, submit, then
 * record the numbers as porting once the Dashboard accepts the order.
 */
@Singleton
public class PortingWorkflow {

    private static final Logger log = LoggerFactory.getLogger(PortingWorkflow.class);

    private static final UriTemplate E911_LOOKUP =
            UriTemplate.of("{+base}/accounts/{accountId}/addresses{?zip,houseNumber}");

    private final PortInClient portIns;
    private final DashboardHttp http;
    private final XmlCodec xml;
    private final NumberStore store;

    @Inject
    public PortingWorkflow(PortInClient portIns, DashboardHttp http, XmlCodec xml, NumberStore store) {
        this.portIns = portIns;
        this.http = http;
        this.xml = xml;
        this.store = store;
    }

    public Future<String> start(PortInClient.PortRequest request) {
        return portIns.portable(request.tns())
                .compose(portable -> {
                    if (portable.size() < request.tns().size()) {
                        return Future.failedFuture("not portable: " + missing(request.tns(), portable));
                    }
                    return hasEmergencyAddress(request.zip(), request.houseNumber());
                })
                .compose(hasAddress -> hasAddress
                        ? portIns.submit(request)
                        : Future.failedFuture("no E911 address on file for " + request.zip()))
                .compose(orderId -> markPorting(orderId).map(orderId));
    }

    private Future<Boolean> hasEmergencyAddress(String zip, String houseNumber) {
        String url = E911_LOOKUP.expandToString(Variables.variables()
                .set("base", http.baseUrl())
                .set("accountId", http.accountId())
                .set("zip", zip)
                .set("houseNumber", houseNumber));
        return http.send(http.get(url)).map(body -> !xml.readE911Addresses(body).isEmpty());
    }

    private Future<Void> markPorting(String orderId) {
        return portIns.numbersOf(orderId).compose(tns -> {
            List<NumberRecord> records = new ArrayList<>();
            for (String tn : tns) {
                if (tn.length() == 10) {
                    records.add(new NumberRecord(tn, 0, NumberRecord.Status.PORTING_IN, Instant.now()));
                } else {
                    log.warn("port-in {} lists number {} we cannot store", orderId, tn);
                }
            }
            return store.upsertAll(records).mapEmpty();
        });
    }

    private static List<String> missing(List<String> requested, List<String> portable) {
        List<String> out = new ArrayList<>(requested);
        out.removeAll(portable);
        return out;
    }
}
