package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.AvailableNumbersResponse;
import net.cobaltline.inventory.model.dashboard.E911AddressPayload;
import net.cobaltline.inventory.model.dashboard.InserviceNumbersResponse;
import net.cobaltline.inventory.model.dashboard.OrderPayload;
import net.cobaltline.inventory.model.dashboard.OrderResponsePayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Account-level resources of the Dashboard numbers API.
 * Base URL: {@code quarkus.rest-client.dashboard-api.url}, so a search ends up as
 * {@code GET https://dashboard.bandwidth.com/api/v1/accounts/9900712/availableNumbers?areaCode=919}.
 */
@RegisterRestClient(configKey = "dashboard-api")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface DashboardAccountsClient {

    @GET
    @Path("/availableNumbers")
    AvailableNumbersResponse searchByAreaCode(@PathParam("accountId") String accountId,
                                              @QueryParam("areaCode") String areaCode,
                                              @QueryParam("quantity") int quantity,
                                              @QueryParam("enableTNDetail") boolean detail);

    @GET
    @Path("/availableNumbers")
    AvailableNumbersResponse searchByRateCenter(@PathParam("accountId") String accountId,
                                                @QueryParam("rateCenter") String rateCenter,
                                                @QueryParam("state") String state,
                                                @QueryParam("quantity") int quantity);

    @GET
    @Path("/inserviceNumbers")
    InserviceNumbersResponse inserviceByAreaCode(@PathParam("accountId") String accountId,
                                                 @QueryParam("areacode") String areaCode,
                                                 @QueryParam("page") int page,
                                                 @QueryParam("size") int size);

    @GET
    @Path("/inserviceNumbers")
    InserviceNumbersResponse inservice(@PathParam("accountId") String accountId,
                                       @QueryParam("page") int page,
                                       @QueryParam("size") int size);

    @POST
    @Path("/orders")
    OrderResponsePayload createOrder(@PathParam("accountId") String accountId, OrderPayload order);

    @GET
    @Path("/orders/{orderId}")
    OrderResponsePayload getOrder(@PathParam("accountId") String accountId,
                                  @PathParam("orderId") String orderId);

    @GET
    @Path("/addresses")
    E911AddressPayload.Addresses listE911Addresses(@PathParam("accountId") String accountId,
                                                   @QueryParam("page") int page,
                                                   @QueryParam("size") int size);

    @GET
    @Path("/addresses/{addressId}")
    E911AddressPayload getE911Address(@PathParam("accountId") String accountId,
                                      @PathParam("addressId") String addressId);

    @GET
    @Path("/tns/{tn}/tndetails")
    Response tnDetails(@PathParam("accountId") String accountId, @PathParam("tn") String tn);
}
