package net.harbourline.numberdesk.timer;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.report.InventoryReportParser.InventoryRow;
import net.harbourline.numberdesk.report.ReportService;
import net.harbourline.numberdesk.service.InventoryService;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Scheduled work against the Dashboard: nightly inventory sync, weekly inventory report. */
@Singleton
public class DashboardJobs {

    private static final Logger LOG = Logger.getLogger(DashboardJobs.class.getName());
    private static final long ONE_HOUR_MS = 3_600_000L;

    @Inject
    DashboardSettings settings;

    @EJB
    InventoryService inventory;

    @EJB
    ReportService reports;

    @Resource
    TimerService timers;

    @Schedule(hour = "2", minute = "15", persistent = false, info = "nightly inventory sync")
    public void nightlySync() {
        for (String npa : settings.syncAreaCodes()) {
            try {
                int n = inventory.syncAreaCode(npa.trim());
                LOG.info(() -> "NPA " + npa + ": " + n + " numbers");
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Inventory sync failed for NPA " + npa, e);
            }
        }
    }

    /** Monday morning: request the inventory report, fetch it one hour later. */
    @Schedule(dayOfWeek = "Mon", hour = "5", minute = "0", persistent = false)
    public void requestWeeklyInventory() {
        String location = reports.requestInventoryReport();
        String instanceId = location.substring(location.lastIndexOf('/') + 1);
        timers.createSingleActionTimer(ONE_HOUR_MS, new TimerConfig(instanceId, false));
    }

    @Timeout
    public void downloadInventory(Timer timer) {
        String instanceId = (String) timer.getInfo();
        List<InventoryRow> rows = reports.downloadInventory(instanceId);
        LOG.info(() -> "Inventory report " + instanceId + ": " + rows.size() + " numbers");
    }
}
