package net.cobaltline.inventory.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.domain.PhoneNumbers;
import net.cobaltline.inventory.model.dashboard.OrderNotification;
import net.cobaltline.inventory.service.NotificationDispatcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Receives the Dashboard's order notifications (subscriptions created by
 * {@link net.cobaltline.inventory.service.CallbackSubscriptionService}).
 */
@Path("/api/callbacks/dashboard")
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class OrderCallbackResource {

    private static final Logger LOG = Logger.getLogger(OrderCallbackResource.class);

    @Inject
    InventoryRepository repository;

    @Inject
    NotificationDispatcher notifications;

    @ConfigProperty(name = "inventory.callbacks.username")
    String expectedUser;

    @ConfigProperty(name = "inventory.callbacks.password")
    String expectedPassword;

    @POST
    @Path("/orders")
    public Response orderEvent(@HeaderParam("Authorization") String authorization, OrderNotification notification) {
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        LOG.infof("Order %s (%s) is %s", notification.getOrderId(), notification.getCustomerOrderId(),
                notification.getStatus());
        if (!notification.isComplete()) {
            return Response.ok().build();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            Optional<InventoryRecord> record = repository.findByTn(tn);
            if (record.isEmpty()) {
                LOG.warnf("Completed number %s of order %s is not in inventory", tn, notification.getOrderId());
                continue;
            }
            repository.save(record.get().withStatus(NumberStatus.IN_SERVICE));
        }
        return Response.ok().build();
    }

    @POST
    @Path("/portins")
    public Response portInEvent(@HeaderParam("Authorization") String authorization, OrderNotification notification) {
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        if (notification.isComplete()) {
            notification.getCompletedTelephoneNumbers().stream()
                    .filter(tn -> tn.matches("[0-9]{10}"))
                    .map(tn -> "1" + tn)
                    .forEach(notifications::portCompleted);
        }
        return Response.ok().build();
    }

    /** Hosted-messaging imports. Written after the v2 announcement: accepts both number formats. */
    @POST
    @Path("/importtnorders")
    public Response importEvent(@HeaderParam("Authorization") String authorization, OrderNotification notification) {
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            String national = PhoneNumbers.national(tn);
            repository.findByTn(national)
                    .ifPresent(r -> repository.save(r.withStatus(NumberStatus.HOSTED_MESSAGING).withSms(true)));
        }
        return Response.ok().build();
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return decoded.equals(expectedUser + ":" + expectedPassword);
    }
}
