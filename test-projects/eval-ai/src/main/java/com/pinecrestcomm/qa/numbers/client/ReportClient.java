package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import com.pinecrestcomm.qa.numbers.payload.ReportInstanceXml;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.net.URI;

/**
 * Requests and downloads Dashboard reports (inventory, usage).
 */
@Component
public class ReportClient {

    public static final String TN_INVENTORY_REPORT_ID = "tn-inventory";
    public static final String PORT_OUT_REPORT_ID = "port-out-activity";

    private final RestClient restClient;
    private final IrisProperties props;

    public ReportClient(@Qualifier("reportsRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public URI requestTnInventory() {
        return restClient.post()
                .uri(DashboardPaths.REPORT_INSTANCES, props.accountId(), TN_INVENTORY_REPORT_ID)
                .contentType(MediaType.APPLICATION_XML)
                .body(ReportInstanceXml.tnInventory(props.accountId()))
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public URI requestPortOutActivity(String fromDate) {
        String body = ReportInstanceXml.csv()
                .parameter("Account", props.accountId())
                .parameter("StartDate", fromDate)
                .numberFormat("LEGACY")
                .build();
        return restClient.post()
                .uri(DashboardPaths.REPORT_INSTANCES, props.accountId(), PORT_OUT_REPORT_ID)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public byte[] download(String reportId, String instanceId) {
        return restClient.get()
                .uri(DashboardPaths.REPORT_INSTANCE_FILE, props.accountId(), reportId, instanceId)
                .retrieve()
                .body(byte[].class);
    }
}
