package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.NumberOrder;
import net.kestrelvoice.numbering.dashboard.model.NumberOrderResponse;

/** New-number orders. Rooted at the configured dashboard base URL. */
@Path("/accounts/{accountId}/orders")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface OrdersApi {

    @POST
    NumberOrderResponse create(@PathParam("accountId") String accountId, NumberOrder order);

    @GET
    @Path("{orderId}")
    NumberOrderResponse get(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    Response list(@PathParam("accountId") String accountId,
                  @QueryParam("status") String status,
                  @QueryParam("customerOrderId") String customerOrderId);
}
