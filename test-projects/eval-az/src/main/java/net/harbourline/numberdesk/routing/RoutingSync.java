package net.harbourline.numberdesk.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Points newly activated numbers at the right trunk group in the routing database. */
@ApplicationScoped
public class RoutingSync {

    @Inject
    @ConfigProperty(name = "routing.iris.host", defaultValue = "https://iris.switch.harbourline.net")
    String host;

    @Inject
    @ConfigProperty(name = "routing.iris.user", defaultValue = "numberdesk")
    String user;

    @Inject
    @ConfigProperty(name = "routing.iris.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "routing.default-trunk-group", defaultValue = "TG-RDU-01")
    String defaultTrunkGroup;

    public int routeToDefault(String tn) throws Exception {
        IrisClient iris = new IrisClient(host, user, password);
        return iris.updateRoute(tn, defaultTrunkGroup);
    }
}
