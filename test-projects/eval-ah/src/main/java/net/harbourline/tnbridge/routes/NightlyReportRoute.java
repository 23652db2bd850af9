package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.processor.ReportInstanceProcessor;
import net.harbourline.tnbridge.processor.ReportLineProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.dataformat.csv.CsvDataFormat;

/**
 * Requests the Dashboard "TN Inventory" report every night, downloads the CSV when it is ready and
 * compares it with billing. The activity report is handled in camel/report-routes.xml.
 */
public class NightlyReportRoute extends RouteBuilder {

    static final String INVENTORY_REPORT_INSTANCES = DashboardPaths.REPORTS + "/{{dashboard.reports.inventory-id}}/instances";

    @Override
    public void configure() {
        CsvDataFormat csv = new CsvDataFormat();
        csv.setSkipHeaderRecord(true);
        csv.setLazyLoad(true);

        from("timer:nightly-inventory-report?delay=120000&period={{reports.period-ms:86400000}}")
                .routeId("request-inventory-report")
                .process(new ReportInstanceProcessor())
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(INVENTORY_REPORT_INSTANCES))
                .setHeader("instanceId", method(this, "instanceIdFromLocation"))
                .to("direct:wait-for-report");

        from("direct:wait-for-report")
                .routeId("wait-for-inventory-report")
                .loopDoWhile(simple("${header.reportStatus} != 'Ready'"))
                    .delay(60000)
                    .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                    .toD(DashboardUris.account(INVENTORY_REPORT_INSTANCES + "/${header.instanceId}"))
                    .setHeader("reportStatus", xpath("//Instance/Status/text()", String.class))
                .end()
                .to("direct:download-report");

        from("direct:download-report")
                .routeId("download-inventory-report")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account(INVENTORY_REPORT_INSTANCES + "/${header.instanceId}/file"))
                .unmarshal(csv)
                .split(body()).streaming()
                    .process(new ReportLineProcessor())
                    .filter(header("reportMismatch"))
                        .to("kafka:{{kafka.topics.inventory-mismatches}}")
                    .end()
                .end()
                .log("Inventory report ${header.instanceId} processed");
    }

    public String instanceIdFromLocation(Exchange exchange) {
        String location = exchange.getMessage().getHeader("Location", String.class);
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
