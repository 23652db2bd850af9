package com.harborline.numbering.jobs;

import com.harborline.numbering.xml.XmlSupport;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly: asks Dashboard for the "TN inventory" report of the account, waits for the instance
 * to be ready, downloads the CSV and computes per-NPA counts for the finance dashboard.
 */
public class PortInventoryReportJob extends Job {

    private static final String HOST = "https://dashboard.bandwidth.com";
    private static final int MAX_POLLS = 30;
    private static final long POLL_MILLIS = 20_000;

    private static final String INSTANCE_XML = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                        <Name>Sub-account</Name>
                        <Value>ALL</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    public PortInventoryReportJob() {
        super("portInventoryReport");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        String accountId = context.accountId();
        String reportId = context.props().get("reports.inventory.id");
        String instances = "%s/api/v1/accounts/%s/reports/%s/instances".formatted(HOST, accountId, reportId);
        String body = INSTANCE_XML.formatted(accountId, LocalDate.now(context.clock()).plusDays(7));
        String created = context.dashboard().post(URI.create(instances), body);
        String instanceId = XmlSupport.text(XmlSupport.parse(created), "//Instance/Id");

        for (int i = 0; i < MAX_POLLS; i++) {
            String status = XmlSupport.text(XmlSupport.parse(context.dashboard().get(instances + "/" + instanceId)),
                    "//Instance/Status");
            if ("Ready".equalsIgnoreCase(status)) {
                byte[] file = context.dashboard().download(URI.create(instances + "/" + instanceId + "/file"));
                Map<String, Integer> perNpa = countPerNpa(new String(file, StandardCharsets.UTF_8));
                log.info("inventory report {}: {}", instanceId, perNpa);
                return JobResult.ok(perNpa.values().stream().mapToInt(Integer::intValue).sum());
            }
            Thread.sleep(POLL_MILLIS);
        }
        return JobResult.failed("report instance " + instanceId + " not ready after " + MAX_POLLS + " polls");
    }

    static Map<String, Integer> countPerNpa(String csv) throws Exception {
        Map<String, Integer> perNpa = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String row;
            while ((row = reader.readLine()) != null) {
                if (!row.matches("\\d{10},.*")) {
                    continue;
                }
                perNpa.merge(row.substring(0, 3), 1, Integer::sum);
            }
        }
        return perNpa;
    }
}
