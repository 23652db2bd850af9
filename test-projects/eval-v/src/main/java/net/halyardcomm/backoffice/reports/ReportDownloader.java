package net.halyardcomm.backoffice.reports;

import java.io.StringReader;
import java.util.List;

import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;

/** Polls a report instance until it is ready and downloads the file. */
public class ReportDownloader {

    private final DashboardHttp http;
    private final InventoryReportParser parser;
    private final String accountId;

    public ReportDownloader(DashboardHttp http, InventoryReportParser parser, String accountId) {
        this.http = http;
        this.parser = parser;
        this.accountId = accountId;
    }

    public List<InventoryReportRow> downloadInventory(String reportId, String instanceId) throws InterruptedException {
        String base = "/accounts/" + accountId + "/reports/" + reportId + "/instances/" + instanceId;
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResult status = http.get(base);
            if (status.body().contains("<Status>Ready</Status>")) {
                HttpResult file = http.get(base + "/file");
                return parser.parse(new StringReader(file.body()));
            }
            Thread.sleep(10_000L);
        }
        throw new IllegalStateException("report " + reportId + "/" + instanceId + " not ready after 10 minutes");
    }
}
