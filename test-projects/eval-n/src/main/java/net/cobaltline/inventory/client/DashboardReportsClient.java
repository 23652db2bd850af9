package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.ReportInstancePayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "dashboard-api")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}/reports/{reportId}/instances")
public interface DashboardReportsClient {

    @POST
    @Consumes(MediaType.APPLICATION_XML)
    Response createInstance(@PathParam("accountId") String accountId,
                            @PathParam("reportId") String reportId,
                            ReportInstancePayload instance);

    @GET
    @Path("/{instanceId}")
    @Produces(MediaType.APPLICATION_XML)
    ReportInstancePayload getInstance(@PathParam("accountId") String accountId,
                                      @PathParam("reportId") String reportId,
                                      @PathParam("instanceId") String instanceId);

    @GET
    @Path("/{instanceId}/file")
    @Produces("text/csv")
    String downloadFile(@PathParam("accountId") String accountId,
                        @PathParam("reportId") String reportId,
                        @PathParam("instanceId") String instanceId);
}
