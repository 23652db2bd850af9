package net.harbourline.numberdesk.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.domain.PhoneNumberRepository;
import net.harbourline.numberdesk.jms.NumberEventPublisher;

import java.util.logging.Logger;

/** Port-in events relayed as JSON by the integration hub. */
@Path("/callbacks/hub")
@RequestScoped
public class HubCallbackResource {

    private static final Logger LOG = Logger.getLogger(HubCallbackResource.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    PhoneNumberRepository numbers;

    @Inject
    NumberEventPublisher events;

    @POST
    @Path("/portins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response portIn(String json) {
        PortInEvent event = JSONB.fromJson(json, PortInEvent.class);
        if (!"COMPLETE".equals(event.getStatus())) {
            return Response.noContent().build();
        }
        String btn = String.format("%010d", event.getBillingTelephoneNumber());
        for (String tn : event.getCompletedTelephoneNumbers()) {
            String areaCode = tn.substring(0, 3);
            numbers.markPortedIn(tn, areaCode, btn);
        }
        LOG.info(() -> "Port-in " + event.getOrderId() + " completed, hub latency "
                + (System.currentTimeMillis() - event.getHubReceivedAt()) + " ms");
        return Response.noContent().build();
    }
}
