package com.lumenwave.provisioning.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.domain.NumberRecord;
import com.lumenwave.provisioning.domain.NumberRecordStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InventoryReportServiceTest {

    @Test
    void reportsNumbersMissingFromInventory() throws Exception {
        NumberRecordStore store = new NumberRecordStore();
        store.save(new NumberRecord("9195550123", "c-1", "919", NumberRecord.Status.ACTIVE, Instant.now()));
        store.save(new NumberRecord("9195550124", "c-1", "919", NumberRecord.Status.ACTIVE, Instant.now()));
        IrisProperties props = new IrisProperties(null, null, "https://dashboard.bandwidth.com/api/v2", "9900123",
                "user", "secret", "31745", "552011", null, "USA");
        InventoryReportService service = new InventoryReportService(props, store);

        List<String> unknown = service.unknownNumbers(
                new ClassPathResource("fixtures/tn-inventory-report.csv").getInputStream());

        assertEquals(List.of("17045550188"), unknown);
    }
}
