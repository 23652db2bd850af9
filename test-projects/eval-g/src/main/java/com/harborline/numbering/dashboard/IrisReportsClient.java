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
 * Dashboard reports: we create an instance of the inventory report nightly and
 * download the CSV once it is ready.
 */
@RegisterRestClient(configKey = "iris")
@Path("/accounts/{accountId}/reports/{reportId}/instances")
@Consumes(MediaType.APPLICATION_XML)
public interface IrisReportsClient {

    @POST
    Response createInstance(@PathParam("accountId") String accountId,
                            @PathParam("reportId") String reportId,
                            String instanceXml);

    @GET
    @Path("/{instanceId}")
    @Produces(MediaType.APPLICATION_XML)
    String getInstance(@PathParam("accountId") String accountId,
                       @PathParam("reportId") String reportId,
                       @PathParam("instanceId") String instanceId);

    @GET
    @Path("/{instanceId}/file")
    @Produces("text/csv")
    String downloadFile(@PathParam("accountId") String accountId,
                        @PathParam("reportId") String reportId,
                        @PathParam("instanceId") String instanceId);
}
