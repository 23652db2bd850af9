package net.harborlinecarrier.tnvault.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.harborlinecarrier.tnvault.core.TelephoneNumbers;
import net.harborlinecarrier.tnvault.dashboard.HostedMessagingClient;
import net.harborlinecarrier.tnvault.dashboard.xml.ImportTnOrderXml;

/** Our API for wholesale customers who want SMS on numbers they keep elsewhere. */
@Path("/api/hosted-messaging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostedMessagingResource {

    private final HostedMessagingClient client;
    private final DashboardConfiguration dashboard;

    public HostedMessagingResource(HostedMessagingClient client, DashboardConfiguration dashboard) {
        this.client = client;
        this.dashboard = dashboard;
    }

    @POST
    @Path("/imports")
    public Map<String, String> importNumbers(ImportRequest request) {
        List<String> tns = request.numbers().stream().map(TelephoneNumbers::fromCustomerInput).toList();
        ImportTnOrderXml order = ImportTnOrderXml.of("HM-" + request.customerId(), dashboard.getSiteId(),
                dashboard.getSipPeerId(), tns);
        return Map.of("dashboardResponse", client.importForMessaging(order));
    }

    @GET
    @Path("/imports/{orderId}")
    public ImportTnOrderXml importStatus(@PathParam("orderId") String orderId) {
        return client.getImport(orderId);
    }

    @DELETE
    @Path("/imports")
    public Map<String, String> remove(ImportRequest request) {
        List<String> tns = request.numbers().stream().map(TelephoneNumbers::fromCustomerInput).toList();
        return Map.of("dashboardResponse", client.removeFromMessaging("HM-RM-" + request.customerId(), tns));
    }

    public record ImportRequest(String customerId, List<String> numbers) {
    }
}
