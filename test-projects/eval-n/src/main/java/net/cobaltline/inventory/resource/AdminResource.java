package net.cobaltline.inventory.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.job.ReconciliationJob;
import net.cobaltline.inventory.service.E911AddressService;
import net.cobaltline.inventory.service.LabResetService;

/**
 * Operator endpoints, reachable only from the management network.
 */
@Path("/api/admin")
@RolesAllowed("noc")
public class AdminResource {

    @Inject
    LabResetService lab;

    @Inject
    E911AddressService e911;

    @Inject
    ReconciliationJob reconciliation;

    @POST
    @Path("/lab/reset")
    public Response resetLab(@QueryParam("callbackUrl") String callbackUrl) {
        lab.reset(callbackUrl == null ? "https://inventory-lab.cobaltline.net/api/callbacks/dashboard/orders"
                : callbackUrl);
        return Response.accepted().build();
    }

    @GET
    @Path("/e911/export")
    @Produces("text/csv")
    public String exportE911(@QueryParam("page") int page) {
        return e911.exportPage(page <= 0 ? 1 : page);
    }

    @POST
    @Path("/reconcile")
    @Produces(MediaType.APPLICATION_JSON)
    public ReconciliationJob.Summary reconcile(String csv) {
        return reconciliation.reconcile(csv);
    }
}
