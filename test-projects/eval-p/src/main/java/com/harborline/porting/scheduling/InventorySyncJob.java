package com.harborline.porting.scheduling;

import com.harborline.porting.config.InventoryProperties;
import com.harborline.porting.data.InventoryNumber;
import com.harborline.porting.data.InventoryRepository;
import com.harborline.porting.gateway.DashboardGateway;
import com.harborline.porting.model.InserviceNumbersResponse;
import com.harborline.porting.util.XmlSupport;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Mirrors the in-service numbers of each configured area code into the local inventory table.
 */
@Singleton
public class InventorySyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncJob.class);

    private final DashboardGateway gateway;
    private final InventoryRepository inventory;
    private final InventoryProperties config;

    public InventorySyncJob(DashboardGateway gateway, InventoryRepository inventory, InventoryProperties config) {
        this.gateway = gateway;
        this.inventory = inventory;
        this.config = config;
    }

    @Scheduled(fixedDelay = "${inventory.sync-interval:15m}", initialDelay = "1m")
    public void sync() {
        Instant started = Instant.now();
        for (Integer npa : config.getAreaCodes()) {
            String xml = gateway.inserviceNumbers(String.valueOf(npa), 1);
            InserviceNumbersResponse response = XmlSupport.read(xml, InserviceNumbersResponse.class);
            for (String tn : response.numbers()) {
                if (tn.length() == 10) {
                    store(tn, started);
                }
            }
        }
        if (config.isPruneDisconnected()) {
            inventory.deleteByLastSeenBefore(started);
        }
    }

    private void store(String tn, Instant seen) {
        InventoryNumber row = new InventoryNumber();
        row.setTelephoneNumber(Long.parseLong(tn));
        int areaCode = Integer.parseInt(tn.substring(0, 3));
        row.setAreaCode(areaCode);
        row.setStatus("INSERVICE");
        row.setLastSeen(seen);
        if (inventory.existsById(row.getTelephoneNumber())) {
            inventory.update(row);
        } else {
            inventory.save(row);
        }
        LOG.trace("Stored {}", tn);
    }
}
