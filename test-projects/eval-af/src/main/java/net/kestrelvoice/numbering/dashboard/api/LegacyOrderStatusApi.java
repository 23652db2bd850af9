package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import net.kestrelvoice.numbering.dashboard.model.NumberOrderResponse;

/**
 * Order status lookups used by the reconciliation job. Created against the bare dashboard host
 * ({@code DashboardEndpoints.SDK_HOST}) so the same path the SDK uses is hit.
 */
@Path("/v1.0/accounts/{accountId}/orders/{orderId}")
@Produces(MediaType.APPLICATION_XML)
public interface LegacyOrderStatusApi {

    @GET
    NumberOrderResponse status(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);
}
