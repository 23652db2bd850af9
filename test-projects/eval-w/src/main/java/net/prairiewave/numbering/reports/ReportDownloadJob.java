package net.prairiewave.numbering.reports;

import net.prairiewave.numbering.inventory.TnInventoryStore;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Requests the nightly inventory report, waits for it and flags numbers we don't know about. */
public class ReportDownloadJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportDownloadJob.class.getName());
    private static final long POLL_SECONDS = 30;
    private static final int MAX_POLLS = 60;

    private final ReportClient reports;
    private final TnInventoryStore store;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "report-download"));

    public ReportDownloadJob(ReportClient reports, TnInventoryStore store) {
        this.reports = reports;
        this.store = store;
    }

    public void scheduleDaily() {
        scheduler.scheduleAtFixedRate(this, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @Override
    public void run() {
        try {
            String instance = reports.requestInventoryInstance(LocalDate.now().plusDays(3));
            for (int i = 0; i < MAX_POLLS && !reports.ready(instance); i++) {
                TimeUnit.SECONDS.sleep(POLL_SECONDS);
            }
            List<InventoryReportParser.Row> rows =
                    InventoryReportParser.parse(new StringReader(reports.download(instance)));
            long unknown = rows.stream().filter(r -> !store.contains(r.tn())).count();
            LOG.info("Inventory report: " + rows.size() + " rows, " + unknown + " not in our store");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Inventory report failed", e);
        }
    }
}
