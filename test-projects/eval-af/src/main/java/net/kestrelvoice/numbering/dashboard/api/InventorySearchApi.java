package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import net.kestrelvoice.numbering.dashboard.model.AvailableNpaNxxResult;
import net.kestrelvoice.numbering.dashboard.model.AvailableNumbersResult;
import net.kestrelvoice.numbering.dashboard.model.InserviceNumbersResponse;

/** Number search and in-service inventory. */
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
public interface InventorySearchApi {

    @GET
    @Path("availableNumbers")
    AvailableNumbersResult availableByAreaCode(@PathParam("accountId") String accountId,
                                               @QueryParam("areaCode") String areaCode,
                                               @QueryParam("quantity") int quantity);

    @GET
    @Path("availableNumbers")
    AvailableNumbersResult availableInCountry(@PathParam("accountId") String accountId,
                                              @QueryParam("countryCodeA3") String countryCodeA3,
                                              @QueryParam("areaCode") String areaCode,
                                              @QueryParam("quantity") int quantity);

    @GET
    @Path("availableNumbers")
    AvailableNumbersResult availableByZip(@PathParam("accountId") String accountId,
                                          @QueryParam("zip") String zip,
                                          @QueryParam("quantity") int quantity);

    // the account-level inserviceNumbers resource spells it "areacode" (all lower case)
    @GET
    @Path("inserviceNumbers")
    InserviceNumbersResponse inservice(@PathParam("accountId") String accountId,
                                       @QueryParam("areacode") int areaCode,
                                       @QueryParam("page") int page,
                                       @QueryParam("size") int size);

    @GET
    @Path("sites/{siteId}/inserviceNumbers")
    InserviceNumbersResponse inserviceForSite(@PathParam("accountId") String accountId,
                                              @PathParam("siteId") String siteId,
                                              @QueryParam("areaCode") String areaCode);

    @GET
    @Path("availableNpaNxx")
    AvailableNpaNxxResult npaNxx(@PathParam("accountId") String accountId,
                                 @QueryParam("areaCode") String areaCode,
                                 @QueryParam("state") String state);
}
