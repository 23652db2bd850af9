package net.kestrelvoice.numbering.dashboard.api;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.ReportInstancePayload;

@Path("/accounts/{accountId}/reports/{reportId}/instances")
@Consumes(MediaType.APPLICATION_XML)
public interface ReportsApi {

    @POST
    @Produces(MediaType.APPLICATION_XML)
    Response createInstance(@PathParam("accountId") String accountId,
                            @PathParam("reportId") String reportId,
                            ReportInstancePayload instance);

    @GET
    @Path("{instanceId}/file")
    @Produces("text/csv")
    InputStream download(@PathParam("accountId") String accountId,
                         @PathParam("reportId") String reportId,
                         @PathParam("instanceId") String instanceId);
}
