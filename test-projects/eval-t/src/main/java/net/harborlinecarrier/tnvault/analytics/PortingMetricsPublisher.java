package net.harborlinecarrier.tnvault.analytics;

import java.io.IOException;
import java.time.Instant;

/** Pushes port-in outcomes to the analytics warehouse for the monthly carrier scorecard. */
public class PortingMetricsPublisher {

    private final IrisClient iris;

    public PortingMetricsPublisher(String warehouseUser, String warehousePassword) {
        this.iris = new IrisClient("https://iris.analytics.harborlinecarrier.net/api", "numbering",
                warehouseUser, warehousePassword, "v1.0");
    }

    public void portCompleted(String orderId, String losingCarrier, int numbers, long durationSeconds)
            throws IOException, InterruptedException {
        String row = "{\"orderId\":\"%s\",\"losingCarrier\":\"%s\",\"numbers\":%d,\"durationSeconds\":%d,\"at\":\"%s\"}"
                .formatted(orderId, losingCarrier, numbers, durationSeconds, Instant.now());
        iris.ingest("port_outcomes", row + "\n");
    }
}
