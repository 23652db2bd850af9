package net.harbourline.numberdesk.api;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.DashboardRestClient;
import net.harbourline.numberdesk.dashboard.OrderXmlRenderer;
import net.harbourline.numberdesk.service.SmsEnablementService;

import java.util.List;
import java.util.Map;

/** Tools for the support team (role "numbers-support"). */
@Path("/v1/support")
@RequestScoped
public class SupportConsoleResource {

    public record ResubmitRequest(
            @JsonbProperty("customerOrderId") String customerOrderId,
            @JsonbProperty("numbers") List<String> numbers) {
    }

    @Inject
    DashboardSettings settings;

    @Inject
    DashboardRestClient dashboard;

    @EJB
    SmsEnablementService sms;

    @Inject
    IrisClient iris;

    /** Readiness of the Dashboard integration: looks up one of our own numbers. */
    @GET
    @Path("/dashboard-health")
    @Produces(MediaType.APPLICATION_JSON)
    public Response dashboardHealth() {
        String canary = settings.canaryTn().orElse(null);
        if (canary == null) {
            return Response.ok(Map.of("status", "SKIPPED")).build();
        }
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(iris, canary);
            return Response.ok(Map.of("status", "UP", "tnStatus", String.valueOf(details.getStatus()))).build();
        } catch (Exception e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("status", "DOWN", "error", String.valueOf(e.getMessage())))
                    .build();
        }
    }

    @POST
    @Path("/orders/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resubmit(ResubmitRequest request) {
        String xml = OrderXmlRenderer.render(request.customerOrderId(), settings.siteId(), settings.sipPeerId(), request.numbers());
        return dashboard.submitOrder(xml);
    }

    @PUT
    @Path("/numbers/{tn}/sms")
    public Response sms(@PathParam("tn") String tn, @QueryParam("enabled") boolean enabled) {
        return dashboard.setMessaging(tn, enabled);
    }

    @PUT
    @Path("/numbers/{tn}/sms/template")
    public Response smsFromTemplate(@PathParam("tn") String tn, @QueryParam("enabled") boolean enabled) {
        return Response.status(sms.toggleSmsFromTemplate(tn, enabled)).build();
    }

    @PUT
    @Path("/numbers/{tn}/forward")
    public Response forward(@PathParam("tn") String tn, @QueryParam("to") String target) {
        return dashboard.updateCallForward(tn, target);
    }
}
