package net.lumivox.numbering.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service addresses of our business customers, as the portal shows them:
 * GET /api/accounts/{accountId}/addresses
 */
@Path("accounts/{accountId}/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerAddressResource {

    public record AddressView(String id, String street, String city, String state, String zip) {
    }

    private final Map<String, List<AddressView>> addressesByAccount = new ConcurrentHashMap<>();

    @GET
    public List<AddressView> list(@PathParam("accountId") String accountId) {
        return addressesByAccount.getOrDefault(accountId, List.of());
    }

    @GET
    @Path("{addressId}")
    public AddressView get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId) {
        return list(accountId).stream()
                .filter(a -> a.id().equals(addressId))
                .findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }
}
