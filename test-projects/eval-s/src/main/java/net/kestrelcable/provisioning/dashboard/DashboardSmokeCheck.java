package net.kestrelcable.provisioning.dashboard;

import java.time.Clock;
import java.time.Instant;

import net.kestrelcable.provisioning.messaging.SmsEnablementService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 15 minutes: make sure the lab lines still exist on the Dashboard and still forward to the NOC.
 */
@Component
public class DashboardSmokeCheck {

    private static final Logger log = LoggerFactory.getLogger(DashboardSmokeCheck.class);

    /** Never alert more than once per this many seconds. */
    private static final long ALERT_QUIET_SECONDS = 1800;

    private final DashboardClient dashboard;
    private final SmsEnablementService sipPeerTns;
    private final Clock clock;
    private volatile Instant lastAlert = Instant.EPOCH;

    public DashboardSmokeCheck(DashboardClient dashboard, SmsEnablementService sipPeerTns, Clock clock) {
        this.dashboard = dashboard;
        this.sipPeerTns = sipPeerTns;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
    public void check() {
        for (String line : SmokeTestNumbers.labLines()) {
            try {
                String details = dashboard.tnDetails(line);
                if (details == null || !details.contains("<Status>Inservice</Status>")) {
                    alert("lab line " + line + " is not in service");
                }
            } catch (RuntimeException e) {
                alert("tndetails failed for " + line + ": " + e.getMessage());
            }
        }
        sipPeerTns.updateCallForward(SmokeTestNumbers.DENVER_LAB_LINE, SmokeTestNumbers.NOC_BRIDGE);
    }

    private void alert(String message) {
        Instant now = clock.instant();
        if (now.isAfter(lastAlert.plusSeconds(ALERT_QUIET_SECONDS))) {
            lastAlert = now;
            log.error("Dashboard smoke check: {}", message);
        }
    }
}
