package net.tidewatertel.numbering.reports;

import java.net.URI;
import java.time.LocalDate;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.support.XmlTemplates;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Requests and downloads Dashboard report instances (inventory, port-out, E911 audit).
 */
@Component
public class ReportInstanceClient {

    private final RestClient restClient;
    private final DashboardProperties props;
    private final XmlTemplates templates;

    public ReportInstanceClient(RestClient.Builder builder, DashboardProperties props, XmlTemplates templates) {
        this.props = props;
        this.templates = templates;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    /** Creates an instance of the inventory report; returns the Location of the new instance. */
    public String requestInventoryCsv(String reportId) {
        String instance = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(props.getAccountId(), LocalDate.now().plusDays(7));
        return create(reportId, instance);
    }

    /** Monthly E911 audit for the PSAP liaison; template lives in iris-templates/. */
    public String requestE911Audit(String reportId, LocalDate month) {
        String instance = templates.render("report-instance.xml",
                "outputFormat", "pdf",
                "account", props.getAccountId(),
                "expiresAt", month.plusMonths(2).toString());
        return create(reportId, instance);
    }

    /** Port-out report for the regulatory filing; the regulator's tooling wants E.164. */
    public String requestPortOutPdf(String reportId, LocalDate from, LocalDate to) {
        String instance = "<Instance>"
                + "<OutputFormat>pdf</OutputFormat>"
                + "<NumberFormat>E164</NumberFormat>"
                + "<Parameters>"
                + "<Parameter><Name>Account</Name><Value>" + props.getAccountId() + "</Value></Parameter>"
                + "<Parameter><Name>StartDate</Name><Value>" + from + "</Value></Parameter>"
                + "<Parameter><Name>EndDate</Name><Value>" + to + "</Value></Parameter>"
                + "</Parameters>"
                + "</Instance>";
        return create(reportId, instance);
    }

    public byte[] download(String reportId, String instanceId) {
        return restClient.get()
                .uri(DashboardPaths.REPORT_INSTANCE_FILE, props.getAccountId(), reportId, instanceId)
                .accept(MediaType.APPLICATION_OCTET_STREAM, MediaType.valueOf("text/csv"))
                .retrieve()
                .body(byte[].class);
    }

    /** Archived instances are fetched from the host named in the e-mail notification (prod or sandbox). */
    public byte[] downloadFromHost(String host, String reportId, String instanceId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(host)
                .path("/api/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file")
                .buildAndExpand(props.getAccountId(), reportId, instanceId)
                .toUri();
        return restClient.get().uri(uri).retrieve().body(byte[].class);
    }

    private String create(String reportId, String instanceXml) {
        ResponseEntity<Void> response = restClient.post()
                .uri(DashboardPaths.REPORT_INSTANCES, props.getAccountId(), reportId)
                .contentType(MediaType.APPLICATION_XML)
                .body(instanceXml)
                .retrieve()
                .toBodilessEntity();
        return response.getHeaders().getFirst("Location");
    }
}
