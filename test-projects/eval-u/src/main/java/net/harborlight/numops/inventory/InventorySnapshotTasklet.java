package net.harborlight.numops.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.harborlight.numops.dashboard.UnirestDashboardClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Nightly snapshot of our in-service numbers per market, for the capacity report.
 */
@Component
public class InventorySnapshotTasklet implements Tasklet {

    /**
     * One in-service number in the nightly inventory snapshot, as read from the Dashboard.
     */
    public record InventoryRow(
            long telephoneNumber,
            int areaCode,
            String market,
            Instant snapshotAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(InventorySnapshotTasklet.class);
    private static final Pattern TN = Pattern.compile("<TelephoneNumber>([^<]+)</TelephoneNumber>");
    private static final int MAX_PAGES = 40;

    private final UnirestDashboardClient dashboard;
    private final AreaCodeCatalog catalog;
    private final List<InventoryRow> lastSnapshot = new ArrayList<>();

    public InventorySnapshotTasklet(UnirestDashboardClient dashboard, AreaCodeCatalog catalog) {
        this.dashboard = dashboard;
        this.catalog = catalog;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Instant now = Instant.now();
        List<InventoryRow> rows = new ArrayList<>();
        Map<Integer, Integer> perAreaCode = new TreeMap<>();
        for (AreaCodeCatalog.Market market : catalog.markets()) {
            for (int page = 1; page <= MAX_PAGES; page++) {
                String xml = dashboard.inserviceNumbers(String.valueOf(market.areaCode()), page);
                List<String> tns = numbers(xml);
                if (tns.isEmpty()) {
                    break;
                }
                for (String tn : tns) {
                    String npa = tn.substring(0, 3);
                    int areaCode = Integer.parseInt(npa);
                    rows.add(new InventoryRow(Long.parseLong(tn), areaCode, market.market(), now));
                    perAreaCode.merge(areaCode, 1, Integer::sum);
                }
            }
        }
        perAreaCode.forEach((npa, count) -> log.info("In service in {}: {}", npa, count));
        synchronized (lastSnapshot) {
            lastSnapshot.clear();
            lastSnapshot.addAll(rows);
        }
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    public List<InventoryRow> lastSnapshot() {
        synchronized (lastSnapshot) {
            return List.copyOf(lastSnapshot);
        }
    }

    static List<String> numbers(String xml) {
        List<String> tns = new ArrayList<>();
        Matcher m = TN.matcher(xml == null ? "" : xml);
        while (m.find()) {
            tns.add(m.group(1).trim());
        }
        return tns;
    }
}
