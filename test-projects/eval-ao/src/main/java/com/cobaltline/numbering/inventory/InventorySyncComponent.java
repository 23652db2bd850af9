package com.cobaltline.numbering.inventory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Compares what the Dashboard has in service with what our database thinks is active.
 */
@Component(configurationPid = "com.cobaltline.numbering.inventory",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Runnable.class,
        property = "scheduler.name=inventory-sync")
@Designate(ocd = InventorySyncComponent.Config.class)
public class InventorySyncComponent implements Runnable {

    @ObjectClassDefinition(name = "Cobalt Line inventory sync",
            description = "Nightly reconciliation of Dashboard in-service numbers with the provisioning database")
    public @interface Config {

        @AttributeDefinition(description = "Dashboard API base URL")
        String dashboardUrl() default "https://dashboard.bandwidth.com/api/v1";

        @AttributeDefinition(description = "Area codes to reconcile")
        String[] areaCodes() default {"919", "984", "252", "336"};

        @AttributeDefinition(description = "Page size for inserviceNumbers")
        int pageSize() default 500;

        @AttributeDefinition(description = "Where mismatches are texted to")
        String alertsUrl() default "https://messaging.bandwidth.com/api/v2";

        @AttributeDefinition(description = "Run at (cron)")
        String schedule() default "0 30 2 * * ?";
    }

    /** Our provisioning database (PostgreSQL, via the persistence bundle). */
    public interface NumberRepository {

        Set<Long> activeNumbers(String areaCode);

        void markInService(long telephoneNumber);

        void markMissing(long telephoneNumber);
    }

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncComponent.class);

    @Reference
    private DashboardSettings settings;

    @Reference
    private NumberRepository repository;

    private volatile Config config;
    private volatile IrisClient client;

    @Activate
    @Modified
    void configure(Config config) {
        this.config = config;
        this.client = new IrisClient(config.dashboardUrl(), settings.getAccountId(), settings.getUsername(),
                settings.getPassword(), "v1.0");
    }

    @Override
    public void run() {
        for (String areaCode : config.areaCodes()) {
            try {
                reconcile(areaCode);
            } catch (Exception e) {
                LOG.error("Inventory sync failed for area code {}", areaCode, e);
            }
        }
    }

    void reconcile(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("size", config.pageSize());
        TNss page = InserviceNumber.list(client, query);
        Set<Long> seen = new HashSet<>();
        for (String tn : page.getTelephoneNumbers()) {
            long number = Long.parseLong(tn);
            seen.add(number);
            repository.markInService(number);
        }
        for (Long active : repository.activeNumbers(areaCode)) {
            if (!seen.contains(active)) {
                repository.markMissing(active);
            }
        }
        LOG.info("Area code {}: {} in service at the Dashboard, {} total", areaCode, seen.size(), page.getTotalCount());
    }
}
