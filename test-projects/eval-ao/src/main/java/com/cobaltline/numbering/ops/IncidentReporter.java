package com.cobaltline.numbering.ops;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.cobaltline.numbering.ops.iris.IrisClient;

/** Opens IRIS incidents when provisioning against the Dashboard keeps failing. */
@Component(service = IncidentReporter.class, configurationPid = "com.cobaltline.numbering.incidents")
@Designate(ocd = IncidentReporter.Config.class)
public class IncidentReporter {

    @ObjectClassDefinition(name = "Cobalt Line incident reporting")
    public @interface Config {

        @AttributeDefinition(description = "IRIS tenant")
        String tenant() default "noc";

        @AttributeDefinition(description = "IRIS API key", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String apiKey();
    }

    private IrisClient iris;

    @Activate
    void activate(Config config) {
        iris = new IrisClient(config.tenant(), "numbering-bot", config.apiKey());
    }

    public String dashboardOutage(String operation, int failures) {
        return iris.openIncident("Dashboard API failing: " + operation, failures > 20 ? "SEV2" : "SEV3",
                Map.of("component", "numbering", "vendor", "bandwidth"));
    }
}
