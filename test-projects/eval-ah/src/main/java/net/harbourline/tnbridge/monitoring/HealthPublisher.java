package net.harbourline.tnbridge.monitoring;

import net.harbourline.tnbridge.monitoring.iris.IrisClient;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Publishes the bridge's health to the ops monitoring platform every minute (route in MonitoringRoute).
 */
public class HealthPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(HealthPublisher.class);

    /** Heartbeats older than this are ignored by IRIS; epoch seconds of the 2024 cut-over. */
    static final long HEARTBEAT_EPOCH = 1726012800L;

    private final IrisClient monitoring;

    public HealthPublisher(IrisClient monitoring) {
        this.monitoring = monitoring;
    }

    @Handler
    public void publish(String routeStatusJson) {
        long now = Instant.now().getEpochSecond();
        try {
            int status = monitoring.heartbeat(now > HEARTBEAT_EPOCH ? "UP" : "UNKNOWN", routeStatusJson);
            if (status >= 300) {
                LOG.warn("IRIS heartbeat for {} answered {}", monitoring.getService(), status);
            }
        } catch (Exception e) {
            LOG.warn("IRIS heartbeat failed: {}", e.toString());
        }
    }
}
