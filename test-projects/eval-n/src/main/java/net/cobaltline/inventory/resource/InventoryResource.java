package net.cobaltline.inventory.resource;

import jakarta.inject.Inject;
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
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.PhoneNumbers;
import net.cobaltline.inventory.model.api.InventoryView;
import net.cobaltline.inventory.model.api.ReservationRequest;
import net.cobaltline.inventory.service.NumberOrderService;
import net.cobaltline.inventory.service.NumberSearchService;

import java.util.List;
import java.util.Map;

/**
 * Inventory API for the provisioning portal.
 */
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    InventoryRepository repository;

    @Inject
    NumberSearchService search;

    @Inject
    NumberOrderService orders;

    @GET
    public List<InventoryView> list(@QueryParam("customerId") String customerId,
                                    @QueryParam("areaCode") String areaCode,
                                    @QueryParam("limit") @DefaultValue("2147483647") int limit) {
        return repository.findByCustomer(customerId).stream()
                .filter(r -> areaCode == null || r.tn().startsWith(areaCode))
                .limit(limit)
                .map(InventoryView::of)
                .toList();
    }

    @GET
    @Path("/{tn}")
    public InventoryView get(@PathParam("tn") String tn) {
        return repository.findByTn(PhoneNumbers.national(tn))
                .map(InventoryView::of)
                .orElseThrow(() -> new NotFoundException("unknown number " + tn));
    }

    @GET
    @Path("/available")
    public List<String> available(@QueryParam("areaCode") int areaCode, @QueryParam("quantity") int quantity) {
        return search.availableInAreaCode(areaCode, quantity <= 0 ? 10 : quantity);
    }

    @POST
    @Path("/reservations")
    public Map<String, String> reserve(ReservationRequest request) {
        String orderId = orders.orderInAreaCode(request.customerId(), request.areaCode(), request.quantity());
        return Map.of("orderId", orderId);
    }
}
