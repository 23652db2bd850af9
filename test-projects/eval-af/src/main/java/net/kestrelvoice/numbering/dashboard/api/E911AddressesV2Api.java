package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Canary client for the v2 E911 resource (KV-2310). Created against the bare host, the full
 * path is in the annotation.
 */
@Path("/api/v2/accounts/{accountId}/e911Addresses")
@Produces(MediaType.APPLICATION_XML)
public interface E911AddressesV2Api {

    @GET
    Response list(@PathParam("accountId") String accountId);
}
