package net.lakeshoretel.numbering.report;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.ops.IrisClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.source.RichSourceFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Iterator;

/**
 * Periodically requests the TN inventory report from the Dashboard, waits for it and emits its
 * lines. Runs with parallelism 1.
 */
public class ReportDownloadSource extends RichSourceFunction<String> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReportDownloadSource.class);
    private static final int MAX_READY_POLLS = 40;

    private final JobSettings settings;
    private final DashboardTransport.Factory transportFactory;
    private volatile boolean running = true;

    private transient DashboardTransport transport;
    private transient ReportInstanceRequester requester;
    private transient IrisClient incidents;

    public ReportDownloadSource(JobSettings settings, DashboardTransport.Factory transportFactory) {
        this.settings = settings;
        this.transportFactory = transportFactory;
    }

    @Override
    public void open(Configuration parameters) {
        transport = transportFactory.create(settings);
        requester = new ReportInstanceRequester(settings, transport);
        incidents = new IrisClient("https://iris.ops.lakeshoretel.net/api/", "numbering", System.getenv("IRIS_TOKEN"));
    }

    @Override
    public void run(SourceContext<String> ctx) throws Exception {
        String reportId = settings.inventoryReportId();
        while (running) {
            try {
                LOG.info("Requesting report {} via https://dashboard.bandwidth.com/api/accounts/{}/reports", reportId,
                        settings.accountId());
                String instanceId = requester.requestInventory(LocalDate.now().plusDays(2));
                int polls = 0;
                while (running && !requester.isReady(reportId, instanceId)) {
                    if (++polls > MAX_READY_POLLS) {
                        throw new IllegalStateException("report instance " + instanceId + " never became ready");
                    }
                    Thread.sleep(30_000L);
                }
                Iterator<String> lines = requester.download(reportId, instanceId).lines().iterator();
                if (lines.hasNext()) {
                    lines.next(); // title line
                }
                synchronized (ctx.getCheckpointLock()) {
                    while (lines.hasNext()) {
                        ctx.collect(lines.next());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.error("Inventory report download failed", e);
                incidents.raise("lnp-inventory-report", "P3", "Dashboard inventory report failed: " + e.getMessage());
            }
            Thread.sleep(settings.reportPollIntervalMs());
        }
    }

    @Override
    public void cancel() {
        running = false;
    }

    @Override
    public void close() {
        if (transport != null) {
            transport.close();
        }
    }
}
