package net.prairiewave.numbering.api;

import io.helidon.common.http.Http;
import io.helidon.webserver.Routing;
import io.helidon.webserver.ServerRequest;
import io.helidon.webserver.ServerResponse;
import io.helidon.webserver.Service;
import jakarta.json.JsonArray;
import net.prairiewave.numbering.callback.FailedOrderQueue;
import net.prairiewave.numbering.inventory.TelephoneNumberRecord;
import net.prairiewave.numbering.inventory.TnInventoryStore;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Our own read API for the provisioning UI, mounted at {@code /api}. Examples:
 * {@code GET /api/inventory?areaCode=605}, {@code GET /api/addresses/{id}/numbers}.
 */
public class InventoryResource implements Service {

    private final TnInventoryStore store;
    private final FailedOrderQueue failedOrders;

    public InventoryResource(TnInventoryStore store, FailedOrderQueue failedOrders) {
        this.store = store;
        this.failedOrders = failedOrders;
    }

    @Override
    public void update(Routing.Rules rules) {
        rules.get("/inventory", this::inventory)
                .get("/addresses/{addressId}/numbers", this::numbersAtAddress)
                .get("/failed-orders", (req, res) -> res.send(failedOrders.toJson()));
    }

    private void inventory(ServerRequest req, ServerResponse res) {
        int areaCode = req.queryParams().first("areaCode").map(Integer::parseInt).orElse(0);
        List<TelephoneNumberRecord> matching = store.all().stream()
                .filter(r -> areaCode == 0 || r.areaCode() == areaCode)
                .collect(Collectors.toList());
        JsonArray body = JsonViews.records(matching);
        res.status(Http.Status.OK_200).send(body);
    }

    private void numbersAtAddress(ServerRequest req, ServerResponse res) {
        String addressId = req.path().param("addressId");
        List<TelephoneNumberRecord> matching = store.all().stream()
                .filter(r -> addressId.equals(r.e911AddressId()))
                .collect(Collectors.toList());
        res.send(JsonViews.records(matching));
    }
}
