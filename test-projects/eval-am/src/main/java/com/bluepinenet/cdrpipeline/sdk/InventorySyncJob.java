package com.bluepinenet.cdrpipeline.sdk;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.bluepinenet.cdrpipeline.kafka.model.InventoryRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly copy of the Dashboard in-service inventory into the compacted inventory topic, which
 * the CDR enrichment topology reads as a KTable.
 */
@Component
public class InventorySyncJob {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncJob.class);
    private static final int PAGE_SIZE = 1000;

    private final IrisClient iris;
    private final KafkaTemplate<String, InventoryRecord> kafka;
    private final String topic;
    private final List<String> areaCodes;
    private final String siteId;

    public InventorySyncJob(IrisClient iris, KafkaTemplate<String, InventoryRecord> kafka,
                            @Value("${pipeline.topics.inventory}") String topic,
                            @Value("${inventory.area-codes}") List<String> areaCodes,
                            @Value("${dashboard.site-id}") String siteId) {
        this.iris = iris;
        this.kafka = kafka;
        this.topic = topic;
        this.areaCodes = areaCodes;
        this.siteId = siteId;
    }

    @Scheduled(cron = "${inventory.sync.cron:0 15 2 * * *}", zone = "America/New_York")
    public void syncInventory() {
        long started = Instant.now().getEpochSecond();
        int published = 0;
        for (String areaCode : areaCodes) {
            try {
                published += syncAreaCode(areaCode, started);
            } catch (Exception e) {
                log.error("Inventory sync for area code {} failed", areaCode, e);
            }
        }
        log.info("Inventory sync published {} numbers for {} area codes", published, areaCodes.size());
    }

    int syncAreaCode(String areaCode, long started) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("size", PAGE_SIZE);
        TNss page = InserviceNumber.list(iris, query);
        int count = 0;
        for (String tn : page.getTelephoneNumbers()) {
            if (tn.length() != 10) {
                log.warn("Skipping malformed inventory entry {}", tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            int areaCodeValue = Integer.parseInt(npa);
            InventoryRecord record = new InventoryRecord(tn, areaCodeValue, null, null, siteId, "Inservice", started);
            kafka.send(topic, tn, record);
            count++;
        }
        return count;
    }

    /** Re-reads one number when a CDR arrives for a number the table does not know. */
    public InventoryRecord refresh(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(iris, tn);
        long numeric = Long.parseLong(details.getFullNumber());
        log.debug("refreshing inventory entry {}", numeric);
        int areaCode = (int) (numeric / 10_000_000L);
        return new InventoryRecord(details.getFullNumber(), areaCode, details.getRateCenter(), details.getLata(),
                siteId, details.getStatus(), Instant.now().getEpochSecond());
    }
}
