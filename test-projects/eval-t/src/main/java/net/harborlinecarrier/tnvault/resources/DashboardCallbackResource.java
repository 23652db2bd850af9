package net.harborlinecarrier.tnvault.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.harborlinecarrier.tnvault.config.CallbackConfiguration;
import net.harborlinecarrier.tnvault.core.CallbackProcessor;
import net.harborlinecarrier.tnvault.dashboard.xml.NotificationXml;

/** Receives the order notifications the Dashboard POSTs (see SubscriptionClient). */
@Path("/api/callbacks/dashboard")
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class DashboardCallbackResource {

    private final CallbackProcessor processor;
    private final String expectedAuthorization;

    public DashboardCallbackResource(CallbackProcessor processor, CallbackConfiguration callbacks) {
        this.processor = processor;
        String credentials = callbacks.getUsername() + ":" + callbacks.getPassword();
        this.expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @POST
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            NotificationXml notification) {
        if (!expectedAuthorization.equals(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        processor.handle(notification);
        return Response.ok().build();
    }
}
