package com.tallgrassvoice.portwell.dashboard.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** Catapult, the old Bandwidth application platform; the wholesale partner still searches there. */
@Path("/users/{userId}/availableNumbers")
@Produces(MediaType.APPLICATION_JSON)
public interface CatapultNumbersApi {

    @GET
    @Path("/local")
    String local(@PathParam("userId") String userId,
                 @QueryParam("areaCode") String areaCode,
                 @QueryParam("quantity") int quantity);

    @GET
    @Path("/tollFree")
    String tollFree(@PathParam("userId") String userId, @QueryParam("quantity") int quantity);
}
