package net.harborlinecarrier.tnvault.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import net.harborlinecarrier.tnvault.core.TelephoneNumbers;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.legacy.LegacyPortInService;
import net.harborlinecarrier.tnvault.legacy.LegacyPortInService.PortRequest;

/** Port-in requests from wholesale customers. Port-ins still go through the legacy SDK module. */
@Path("/api/ports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortingResource {

    private final LegacyPortInService portIns;
    private final PortOrderDao orders;

    public PortingResource(LegacyPortInService portIns, PortOrderDao orders) {
        this.portIns = portIns;
        this.orders = orders;
    }

    @POST
    public Map<String, String> create(PortRequestJson json) {
        PortRequest request = new PortRequest(json.customerId(),
                TelephoneNumbers.fromCustomerInput(json.billingTelephoneNumber()),
                json.numbers().stream().map(TelephoneNumbers::fromCustomerInput).toList(),
                json.subscriberName(), json.requestedFocDate());
        String orderId = portIns.portIn(request);
        orders.insert(json.customerId(), orderId, "portins");
        return Map.of("orderId", orderId);
    }

    @GET
    @Path("/{orderId}")
    public Map<String, String> status(@PathParam("orderId") String orderId) {
        return Map.of("orderId", orderId, "status", portIns.status(orderId));
    }

    public record PortRequestJson(String customerId, String billingTelephoneNumber, List<String> numbers,
                                  String subscriberName, String requestedFocDate) {
    }
}
