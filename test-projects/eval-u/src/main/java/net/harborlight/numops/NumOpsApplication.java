package net.harborlight.numops;

import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.config.NotifyProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Number operations service.
 *
 * <p>Runs the nightly Dashboard jobs (order reconciliation, disconnect report, E911 address sync,
 * inventory snapshot) and consumes the order / port-in callbacks that the edge gateway relays
 * from the Dashboard onto Kafka. Historically everything went to
 * https://dashboard.bandwidth.com/api/accounts/{accountId}/... (see docs/runbook.md).
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({DashboardProperties.class, NotifyProperties.class})
public class NumOpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(NumOpsApplication.class, args);
    }
}
