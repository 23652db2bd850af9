package net.lumivox.numbering.callback;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.lumivox.numbering.persistence.NumberDao;
import net.lumivox.numbering.persistence.SipRoutingTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Receives the port-in callbacks ("portins" subscription) and routes the ported numbers to our trunk.
 */
@Path("callbacks/iris/portins")
public class PortInNotificationResource {

    private static final Logger LOG = LoggerFactory.getLogger(PortInNotificationResource.class);

    private final NotificationParser parser;
    private final NumberDao dao;
    private final SipRoutingTable routing;

    public PortInNotificationResource(NotificationParser parser, NumberDao dao, SipRoutingTable routing) {
        this.parser = parser;
        this.dao = dao;
        this.routing = routing;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response onPortIn(String body) {
        Notification notification = parser.parse(body);
        if (!"COMPLETE".equals(notification.status())) {
            return Response.ok().build();
        }
        for (String tn : notification.completedNumbers()) {
            Optional<String> ticket = dao.findPendingPort(tn);
            if (ticket.isEmpty()) {
                LOG.warn("Ported number {} has no pending request", tn);
                continue;
            }
            routing.addRoute("1" + tn, "trunk-rdu-01");
            dao.closePort(ticket.get());
        }
        return Response.ok().build();
    }
}
