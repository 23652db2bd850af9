package net.cobaltline.inventory.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.cobaltline.inventory.model.dashboard.E911AddressPayload;
import net.cobaltline.inventory.service.E911AddressService;

import java.util.List;

/**
 * Portal view of the emergency addresses available for a customer site. Our own API; the data
 * comes from the Dashboard E911 address book.
 */
@Path("/api/sites/{siteId}/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class SiteAddressResource {

    @Inject
    E911AddressService e911;

    @GET
    public List<AddressView> list(@PathParam("siteId") String siteId) {
        return e911.allAddresses().stream().map(AddressView::of).toList();
    }

    @GET
    @Path("/{addressId}")
    public AddressView get(@PathParam("siteId") String siteId, @PathParam("addressId") String addressId) {
        return AddressView.of(e911.address(addressId));
    }

    public record AddressView(String id, String line, String country) {
        static AddressView of(E911AddressPayload a) {
            return new AddressView(a.getId(), a.singleLine(), a.getCountry());
        }
    }
}
