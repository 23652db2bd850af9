package net.prairiewave.numbering.inventory;

import net.prairiewave.numbering.dashboard.InServiceNumbersClient;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Nightly reconciliation of our inventory with the Dashboard's in-service list, one area code at
 * a time. Numbers that come back in a shape we don't understand are logged and skipped.
 */
public class InventorySyncJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(InventorySyncJob.class.getName());
    private static final Pattern DASHBOARD_TN = Pattern.compile("[0-9]{10}");

    /** Area codes of the PrairieWave footprint. */
    static final List<String> SERVED_AREA_CODES = List.of("605", "701", "218", "320", "507", "712");

    private final InServiceNumbersClient client;
    private final TnInventoryStore store;
    private final String siteId;
    private ScheduledExecutorService scheduler;

    public InventorySyncJob(InServiceNumbersClient client, TnInventoryStore store, String siteId) {
        this.client = client;
        this.store = store;
        this.siteId = siteId;
    }

    public void schedule(long initialDelayMinutes, long periodMinutes) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "inventory-sync"));
        scheduler.scheduleAtFixedRate(this, initialDelayMinutes, periodMinutes, TimeUnit.MINUTES);
    }

    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public void run() {
        int skipped = 0;
        for (String areaCode : SERVED_AREA_CODES) {
            try {
                for (String tn : client.inServiceForAreaCode(areaCode)) {
                    if (!DASHBOARD_TN.matcher(tn).matches()) {
                        skipped++;
                        continue;
                    }
                    if (!store.contains(tn)) {
                        store.put(tn, TelephoneNumberRecord.fromDashboard(tn, "IN_SERVICE", siteId));
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sync failed for area code " + areaCode, e);
            }
        }
        LOG.info("Inventory sync done, " + store.size() + " numbers, " + skipped + " skipped");
    }
}
