package com.northwind.numbers.reports;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.iris.PayloadTemplates;

/**
 * Requests the nightly "Telephone Number Inventory" report and downloads the CSV.
 */
@Component
public class InventoryReportClient {

    static final String INVENTORY_REPORT_ID = "9914";

    private final RestClient iris;
    private final IrisProperties props;
    private final PayloadTemplates templates;

    public InventoryReportClient(@Qualifier("irisRestClient") RestClient iris, IrisProperties props,
                                 PayloadTemplates templates) {
        this.iris = iris;
        this.props = props;
        this.templates = templates;
    }

    public String requestInventoryInstance() {
        String body = templates.render("report-instance.xml", Map.of(
                "accountId", props.getAccountId(),
                "siteId", props.getSiteId(),
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        return iris.post()
                .uri("/accounts/{accountId}/reports/{reportId}/instances", props.getAccountId(), INVENTORY_REPORT_ID)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String requestPortInActivityInstance(LocalDate from, LocalDate to) {
        String body = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter><Name>Account</Name><Value>%s</Value></Parameter>
                        <Parameter><Name>StartDate</Name><Value>%s</Value></Parameter>
                        <Parameter><Name>EndDate</Name><Value>%s</Value></Parameter>
                    </Parameters>
                </Instance>
                """.formatted(props.getAccountId(), from, to);
        return iris.post()
                .uri("/accounts/{accountId}/reports/{reportId}/instances", props.getAccountId(), "9920")
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public byte[] downloadInstance(String reportId, String instanceId) {
        return iris.get()
                .uri("/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file",
                        props.getAccountId(), reportId, instanceId)
                .retrieve()
                .body(byte[].class);
    }
}
