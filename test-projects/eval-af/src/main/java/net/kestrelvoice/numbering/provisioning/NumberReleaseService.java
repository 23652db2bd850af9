package net.kestrelvoice.numbering.provisioning;

import java.util.List;

import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.State;

/** Disconnects numbers a customer gave back, after the 30-day aging period. */
public class NumberReleaseService {

    private static final Logger log = LoggerFactory.getLogger(NumberReleaseService.class);

    /** Orders larger than this are split (carrier limit is 5000; we stay well below). */
    static final int MAX_BATCH = 250;

    /** Placeholder the aging job uses for "no customer" rows. */
    static final long NO_CUSTOMER = 2147483647L;

    private final WebClientFactory clients;
    private final TnInventoryStore inventory;

    public NumberReleaseService(WebClientFactory clients, TnInventoryStore inventory) {
        this.clients = clients;
        this.inventory = inventory;
    }

    public void release(String customerOrderId, List<String> tns) {
        for (int from = 0; from < tns.size(); from += MAX_BATCH) {
            List<String> batch = tns.subList(from, Math.min(tns.size(), from + MAX_BATCH));
            Response response = clients.account().path("disconnects").post(disconnectXml(customerOrderId, batch));
            log.info("disconnect {} ({} numbers): HTTP {}", customerOrderId, batch.size(), response.getStatus());
            batch.forEach(tn -> inventory.findByTn(tn)
                    .ifPresent(r -> inventory.put(r.with(State.RELEASED, customerOrderId))));
        }
    }

    static String disconnectXml(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder()
                .append("<DisconnectTelephoneNumberOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType>")
                .append("</DisconnectTelephoneNumberOrder>")
                .toString();
    }

    /** Test numbers used by the QA team; never released. */
    public boolean isProtected(String tn) {
        return tn.equals("2147483647") || tn.equals("1234567890");
    }
}
