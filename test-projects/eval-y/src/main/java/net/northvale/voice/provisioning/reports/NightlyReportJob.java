package net.northvale.voice.provisioning.reports;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.dashboard.ReportClient;
import net.northvale.voice.provisioning.persistence.AreaCodeEntity;
import net.northvale.voice.provisioning.persistence.NumberStatus;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;
import net.northvale.voice.provisioning.sdk.IrisSearchGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Nightly jobs against the Dashboard: pull the inventory report and reconcile it with our store,
 * then refresh the free-block counts per area code.
 */
@Singleton
public class NightlyReportJob {

    private static final Logger LOG = Logger.getLogger(NightlyReportJob.class.getName());

    @Inject
    ReportClient reports;

    @Inject
    InventoryReportParser parser;

    @Inject
    PhoneNumberRepository numbers;

    @Inject
    IrisSearchGateway search;

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "reports.inventory.report-id", defaultValue = "215")
    String inventoryReportId;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "inventory-report")
    public void pullInventoryReport() {
        try {
            URI instance = reports.requestInventoryInstance(inventoryReportId);
            byte[] csv = reports.awaitFile(instance, Duration.ofMinutes(20));
            List<InventoryRow> rows = parser.parse(new String(csv, StandardCharsets.UTF_8));
            reconcile(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "inventory report failed", e);
        }
    }

    @Schedule(hour = "3", minute = "15", persistent = false, info = "area-code-refresh")
    public void refreshAreaCodeInventory() {
        for (Integer areaCode : settings.marketAreaCodes()) {
            try {
                Map<Integer, Integer> capacity = search.npaNxxCapacity(String.valueOf(areaCode));
                capacity.forEach((npa, blocks) -> {
                    AreaCodeEntity area = numbers.area(npa).orElseGet(() -> new AreaCodeEntity(npa, marketOf(npa)));
                    area.setAvailableBlocks(blocks);
                    numbers.saveArea(area);
                });
            } catch (Exception e) {
                LOG.log(Level.WARNING, "NPA-NXX refresh failed for " + areaCode, e);
            }
        }
    }

    private void reconcile(List<InventoryRow> rows) {
        int missing = 0;
        for (InventoryRow row : rows) {
            if (!row.inService()) {
                continue;
            }
            PhoneNumberEntity entity = numbers.findByTn(row.tn()).orElse(null);
            if (entity == null) {
                missing++;
                LOG.warning("Dashboard has " + row.tn() + " in service but we do not");
            } else if (entity.getStatus() != NumberStatus.ACTIVE) {
                entity.setStatus(NumberStatus.ACTIVE);
                numbers.save(entity);
            }
        }
        LOG.info("inventory reconciled: " + rows.size() + " rows, " + missing + " unknown to us");
    }

    private static String marketOf(int npa) {
        return switch (npa) {
            case 303, 720 -> "Denver";
            case 970 -> "Western Slope";
            case 719 -> "Colorado Springs";
            default -> "other";
        };
    }
}
