package net.lumivox.numbering;

import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey application of the number management service; everything is served under /api,
 * e.g. https://numbers.lumivox.net/api/numbers.
 */
@ApplicationPath("/api")
public class NumberingApplication extends ResourceConfig {

    public NumberingApplication(ServiceWiring wiring) {
        register(wiring.numberResource());
        register(wiring.customerAddressResource());
        register(wiring.orderNotificationResource());
        register(wiring.portInNotificationResource());
        register(wiring.voiceCallbackResource());
    }
}
