package net.kestrelvoice.numbering.web;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.dashboard.client.InventoryWebClient;

/**
 * The gateway's own search endpoint for the customer portal:
 * {@code GET /api/tn-search?areaCode=919&quantity=5}.
 */
@Path("/api/tn-search")
@Produces(MediaType.APPLICATION_JSON)
public class TnSearchResource {

    private final InventoryWebClient inventory;

    public TnSearchResource(InventoryWebClient inventory) {
        this.inventory = inventory;
    }

    @GET
    public List<String> search(@QueryParam("areaCode") String areaCode,
                               @QueryParam("quantity") @DefaultValue("5") int quantity) {
        return inventory.searchInCountry(DashboardEndpoints.USA, areaCode, Math.min(quantity, 50));
    }
}
