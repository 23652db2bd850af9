package net.harborlinecarrier.tnvault.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import net.harborlinecarrier.tnvault.core.NpaNxxAvailability;
import net.harborlinecarrier.tnvault.core.TelephoneNumbers;
import net.harborlinecarrier.tnvault.core.TnInventoryService;
import net.harborlinecarrier.tnvault.core.TnRecord;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;

/**
 * Our own inventory API for wholesale customers (documented in the partner portal as
 * GET https://tnvault.harborlinecarrier.net/api/v1/inventory/spare?areaCode=919).
 */
@Path("/api/v1/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final TnInventoryService inventory;
    private final TelephoneNumberDao tns;

    public InventoryResource(TnInventoryService inventory, TelephoneNumberDao tns) {
        this.inventory = inventory;
        this.tns = tns;
    }

    @GET
    @Path("/spare")
    public List<String> spare(@QueryParam("areaCode") Integer areaCode,
                              @QueryParam("quantity") @DefaultValue("10") int quantity) {
        return inventory.spare(areaCode, Math.min(quantity, 100));
    }

    @GET
    @Path("/exchanges")
    public List<NpaNxxAvailability> exchanges(@QueryParam("areaCode") int areaCode) {
        return inventory.exchanges(areaCode);
    }

    @GET
    @Path("/{tn}")
    public Map<String, String> get(@PathParam("tn") String rawTn) {
        String tn = TelephoneNumbers.fromCustomerInput(rawTn);
        TnRecord record = tns.findByTn(tn).orElseThrow(() -> new NotFoundException("unknown number " + rawTn));
        return Map.of("tn", TelephoneNumbers.pretty(record.tn()), "status", record.status(),
                "customerId", String.valueOf(record.customerId()));
    }

    @POST
    @Path("/orders")
    public Map<String, String> order(OrderRequest request) {
        List<String> numbers = request.numbers().stream().map(TelephoneNumbers::fromCustomerInput).toList();
        return Map.of("orderId", inventory.order(request.customerId(), numbers));
    }

    public record OrderRequest(String customerId, List<String> numbers) {
    }
}
