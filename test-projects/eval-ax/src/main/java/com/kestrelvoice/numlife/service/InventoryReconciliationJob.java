package com.kestrelvoice.numlife.service;

import com.kestrelvoice.numlife.config.DashboardProperties;
import com.kestrelvoice.numlife.dashboard.ReportClient;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.InserviceNumbersDto;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Nightly comparison of our inventory with what the Dashboard has in service.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class InventoryReconciliationJob {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;
    private final PhoneNumberRepository phoneNumbers;
    private final ReportClient reports;
    private final InventoryReportParser reportParser;

    @Value("${kestrel.reconciliation.inventory-report-id:119}")
    private final String inventoryReportId;

    @Scheduled(cron = "${kestrel.reconciliation.cron:0 15 3 * * *}", zone = "America/New_York")
    public void reconcile() {
        Set<String> local = new HashSet<>(phoneNumbers.findAllInServiceTns());
        Set<String> remote = new HashSet<>();
        log.debug("Fetching https://dashboard.bandwidth.com/api/accounts/{}/inserviceNumbers for {}",
                properties.getApi().getAccountId(), properties.getDefaults().getHomeAreaCodes());
        for (String areaCode : properties.getDefaults().getHomeAreaCodes()) {
            URI uri = UriComponentsBuilder.fromHttpUrl(properties.getApi().getBaseUrl())
                    .path("/accounts/{accountId}/inserviceNumbers")
                    .queryParam("areaCode", areaCode)
                    .queryParam("size", 1000)
                    .buildAndExpand(properties.getApi().getAccountId())
                    .toUri();
            InserviceNumbersDto page = dashboard.get().uri(uri).retrieve().body(InserviceNumbersDto.class);
            if (page != null) {
                remote.addAll(page.getTelephoneNumbers());
            }
        }
        for (String tn : remote) {
            if (local.contains(tn)) {
                continue;
            }
            String npa = tn.substring(0, 3);
            if (!properties.getDefaults().getHomeAreaCodes().contains(npa)) {
                log.warn("Number {} in service outside our home area codes", tn);
            }
            PhoneNumberEntity orphan = new PhoneNumberEntity();
            orphan.setTn(tn);
            orphan.setStatus(PhoneNumberEntity.Status.IN_SERVICE);
            phoneNumbers.save(orphan);
        }
        log.info("Reconciliation done: {} local, {} at Bandwidth", local.size(), remote.size());
    }

    @Scheduled(cron = "${kestrel.reconciliation.report-cron:0 0 5 * * MON}", zone = "America/New_York")
    public void weeklyReportCheck() throws IOException {
        URI instance = reports.requestInventoryReport(inventoryReportId);
        String instanceId = instance.getPath().substring(instance.getPath().lastIndexOf('/') + 1);
        byte[] csv = reports.download(inventoryReportId, instanceId);
        List<InventoryReportParser.InventoryLine> lines = reportParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
        Set<Long> reported = lines.stream().map(InventoryReportParser.InventoryLine::tnKey).collect(Collectors.toSet());
        long missing = phoneNumbers.findAllInServiceTns().stream().filter(tn -> !reported.contains(Long.valueOf(tn))).count();
        for (InventoryReportParser.InventoryLine line : lines) {
            if (line.areaCode() < 200) {
                log.warn("Report line with invalid area code: {}", line);
            }
        }
        log.info("Weekly inventory report: {} lines, {} of ours missing", lines.size(), missing);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public void logTotals() {
        String totalsUrl = new StringBuilder("https://dashboard.bandwidth.com/api/v1")
                .append("/accounts/").append(properties.getApi().getAccountId())
                .append("/inserviceNumbers/totals")
                .toString();
        String totals = dashboard.get().uri(URI.create(totalsUrl)).retrieve().body(String.class);
        log.info("In-service totals: {}", totals);
    }
}
