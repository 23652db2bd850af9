package com.lumenwave.provisioning.report;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.domain.NumberRecordStore;
import com.lumenwave.provisioning.iris.IrisPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Nightly reconciliation against the Dashboard "TN Inventory" report. This class was
 * moved to the v2 reports host first (see PROV-1140); the rest of the service follows.
 */
@Service
public class InventoryReportService {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportService.class);

    /** Reports above this size are rejected (Integer.MAX_VALUE bytes). */
    private static final long MAX_REPORT_BYTES = 2147483647L;

    private final RestClient http;
    private final IrisProperties props;
    private final NumberRecordStore store;

    public InventoryReportService(IrisProperties props, NumberRecordStore store) {
        this.props = props;
        this.store = store;
        this.http = RestClient.builder()
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .build();
    }

    public URI requestInventoryReport(String reportId) throws IOException {
        String instance = StreamUtils.copyToString(
                new ClassPathResource("iris/report-instance.xml").getInputStream(), StandardCharsets.UTF_8)
                .replace("${accountId}", props.accountId());
        URI uri = UriComponentsBuilder.fromHttpUrl(props.reportsUrl())
                .path(IrisPaths.REPORT_INSTANCES)
                .buildAndExpand(props.accountId(), reportId)
                .toUri();
        ResponseEntity<Void> response = http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_XML)
                .body(instance)
                .retrieve()
                .toBodilessEntity();
        return response.getHeaders().getLocation();
    }

    public String e911AddressesV2() {
        return http.get()
                .uri(UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2")
                        .pathSegment("accounts", props.accountId(), "e911Addresses")
                        .build().toUri())
                .retrieve()
                .body(String.class);
    }

    /** Parses the CSV report file; returns the numbers we do not know about. */
    public List<String> unknownNumbers(InputStream csv) throws IOException {
        List<String> unknown = new ArrayList<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
             BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String tn = line.trim();
                if (tn.length() != 10) {
                    continue; // header and footer rows
                }
                long numeric = Long.parseLong(tn);
                if (store.findByTelephoneNumber(tn).isEmpty()) {
                    log.info("Number {} ({}) is on the Dashboard but not in inventory", tn, numeric);
                    unknown.add("1" + tn);
                }
            }
        }
        return unknown;
    }

    long maxReportBytes() {
        return MAX_REPORT_BYTES;
    }
}
