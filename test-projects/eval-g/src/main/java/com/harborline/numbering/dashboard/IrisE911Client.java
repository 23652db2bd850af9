package com.harborline.numbering.dashboard;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * E911 address book of the Dashboard account. Addresses are validated by the
 * Dashboard before a number can be provisioned for 911 service.
 */
@RegisterRestClient(configKey = "iris")
@Path("/accounts/{accountId}")
@Consumes(MediaType.APPLICATION_XML)
@Produces(MediaType.APPLICATION_XML)
public interface IrisE911Client {

    @GET
    @Path("/addresses")
    String listAddresses(@PathParam("accountId") String accountId);

    @GET
    @Path("/addresses/{addressId}")
    String getAddress(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);

    @POST
    @Path("/emergencyNotificationRecipients")
    Response createRecipient(@PathParam("accountId") String accountId, String body);
}
