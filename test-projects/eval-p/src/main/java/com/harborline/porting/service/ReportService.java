package com.harborline.porting.service;

import com.harborline.porting.client.ReportsClient;
import com.harborline.porting.config.DashboardProperties;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;

@Singleton
public class ReportService {

    public static final String TN_INVENTORY_REPORT_ID = "181";

    private final ReportsClient client;
    private final DashboardProperties props;

    public ReportService(ReportsClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public String requestInventoryCsv() {
        return client.createInstance(props.getAccountId(), TN_INVENTORY_REPORT_ID,
                instanceXml("csv", Map.of("Account", props.getAccountId())));
    }

    public String requestInventoryPdfE164() {
        String xml = "<Instance><OutputFormat>pdf</OutputFormat><NumberFormat>E164</NumberFormat>"
                + "<ExpiresAt>" + LocalDate.now().plusDays(7) + "</ExpiresAt></Instance>";
        return client.createInstance(props.getAccountId(), TN_INVENTORY_REPORT_ID, xml);
    }

    public String download(String instanceId) {
        return client.downloadInstance(props.getAccountId(), TN_INVENTORY_REPORT_ID, instanceId);
    }

    static String instanceXml(String format, Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder("<Instance>");
        sb.append("<OutputFormat>").append(format).append("</OutputFormat>");
        sb.append("<Parameters>");
        parameters.forEach((name, value) -> sb.append("<Parameter><Name>").append(name)
                .append("</Name><Value>").append(value).append("</Value></Parameter>"));
        sb.append("</Parameters>");
        sb.append("<ExpiresAt>").append(LocalDate.now().plusDays(7)).append("</ExpiresAt>");
        return sb.append("</Instance>").toString();
    }
}
