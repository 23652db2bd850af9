package com.cobaltline.numbering.sdk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumberResponse;
import com.bandwidth.iris.sdk.model.Tns;

/**
 * Polls the status of our own test lines so the NOC notices Dashboard trouble before customers do.
 */
@Component(immediate = true, configurationPid = "com.cobaltline.numbering.canary", service = CanaryNumberCheck.class)
@Designate(ocd = CanaryNumberCheck.Config.class)
public class CanaryNumberCheck {

    @ObjectClassDefinition(name = "Cobalt Line Dashboard canary")
    public @interface Config {

        @AttributeDefinition(description = "Seconds between two checks")
        long intervalSeconds() default 300;

        @AttributeDefinition(description = "prod or sandbox")
        String environment() default "prod";
    }

    private static final Logger LOG = LoggerFactory.getLogger(CanaryNumberCheck.class);

    /** Raleigh test line, always in service on our primary SIP peer. */
    static final String CANARY_TN = "9195550147";

    @Reference
    private IrisClientFactory clients;

    private ScheduledExecutorService scheduler;
    private volatile String environment;
    private volatile String lastStatus = "UNKNOWN";

    @Activate
    void activate(Config config) {
        environment = config.environment();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dashboard-canary"));
        scheduler.scheduleWithFixedDelay(this::check, 30, config.intervalSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    void check() {
        try {
            IrisClient client = clients.forEnvironment(environment);
            TelephoneNumberResponse status = Tns.checkStatus(client, CANARY_TN);
            lastStatus = status.getStatus();
            TelephoneNumberDetails backup = Tns.getTnDetails(client, "9195550148");
            if (!"Inservice".equalsIgnoreCase(lastStatus) || !"Inservice".equalsIgnoreCase(backup.getStatus())) {
                LOG.warn("Canary 9195550147 is {}, backup line is {}", lastStatus, backup.getStatus());
            }
        } catch (Exception e) {
            lastStatus = "ERROR";
            LOG.error("Dashboard canary failed", e);
        }
    }

    public String lastStatus() {
        return lastStatus;
    }
}
