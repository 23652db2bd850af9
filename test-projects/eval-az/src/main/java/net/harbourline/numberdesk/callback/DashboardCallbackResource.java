package net.harbourline.numberdesk.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.domain.PhoneNumber;
import net.harbourline.numberdesk.domain.PhoneNumberRepository;
import net.harbourline.numberdesk.jms.NumberEventPublisher;
import net.harbourline.numberdesk.model.OrderNotification;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Receives the notifications registered by {@code SubscriptionService}
 * (https://numberdesk.harbourline.net/api/callbacks/dashboard/...).
 */
@Path("/callbacks/dashboard")
@RequestScoped
public class DashboardCallbackResource {

    private static final Logger LOG = Logger.getLogger(DashboardCallbackResource.class.getName());

    @Inject
    PhoneNumberRepository numbers;

    @Inject
    NumberEventPublisher events;

    @POST
    @Path("/orders")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response orderNotification(OrderNotification notification) {
        if (!"COMPLETE".equals(notification.getStatus())) {
            LOG.info(() -> "Order " + notification.getOrderId() + " is " + notification.getStatus());
            return Response.ok().build();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            Optional<PhoneNumber> known = numbers.findByTn(tn);
            if (known.isPresent()) {
                events.numberActivated(known.get().getTn(), notification.getOrderId());
            } else {
                LOG.warning("Completed number " + tn + " is not in our inventory");
            }
        }
        return Response.ok().build();
    }

    @POST
    @Path("/portins")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response portInNotification(OrderNotification notification) {
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!tn.matches("\\d{10}")) {
                LOG.warning("Ignoring malformed number in port-in " + notification.getOrderId());
                continue;
            }
            String e164 = "+1" + tn;
            events.portedIn(e164, notification.getCustomerOrderId());
        }
        return Response.ok().build();
    }

    @POST
    @Path("/disconnects")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response disconnectNotification(String rawXml) {
        events.relay(rawXml);
        return Response.accepted().build();
    }
}
