package net.harborlight.numops.analytics;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly export of assignment counts per status to the analytics warehouse.
 */
@Component
public class UsageExporter {

    private static final Logger log = LoggerFactory.getLogger(UsageExporter.class);

    private final NumberAssignmentRepository assignments;
    private final Gson gson;
    private final IrisClient iris;

    public UsageExporter(NumberAssignmentRepository assignments, Gson gson,
                         @Value("${analytics.tenant:numops}") String tenant,
                         @Value("${analytics.user:numops}") String user,
                         @Value("${analytics.password:}") String password) {
        this.assignments = assignments;
        this.gson = gson;
        this.iris = new IrisClient(tenant, user, password);
    }

    @Scheduled(cron = "${analytics.cron:0 0 * * * *}")
    public void export() {
        Map<NumberAssignment.Status, Long> counts = assignments.all().stream()
                .collect(Collectors.groupingBy(NumberAssignment::status, Collectors.counting()));
        String rows = counts.entrySet().stream()
                .map(e -> gson.toJson(Map.of(
                        "status", e.getKey().name(),
                        "count", e.getValue(),
                        "ts", Instant.now().getEpochSecond())))
                .collect(Collectors.joining("\n"));
        try {
            int status = iris.ingest("number_assignments", rows);
            log.debug("Exported {} rows, HTTP {}", counts.size(), status);
        } catch (Exception e) {
            log.warn("Analytics export failed", e);
        }
    }
}
