package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.ReportCsvProcessor;
import com.harborline.numbering.xml.PayloadTemplates;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Nightly TN inventory report: create an instance, wait, download the CSV, hand it to billing.
 * The weekly per-NPA variant runs as a job (PortInventoryReportJob).
 */
public class ReportDownloadRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:inventoryReport?period=86400000&delay=300000")
                .routeId("inventory-report-request")
                .setBody(method(PayloadTemplates.class, "reportInstance"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/reports/{{reports.inventory.id}}/instances")
                .convertBodyTo(String.class)
                .setHeader("instanceId", xpath("//Instance/Id/text()", String.class))
                .delay(600_000).asyncDelayed()
                .to("direct:inventoryReportDownload");

        from("direct:inventoryReportDownload")
                .routeId("inventory-report-download")
                .setBody(constant(null))
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/reports/{{reports.inventory.id}}/instances/${header.instanceId}/file")
                .convertBodyTo(String.class)
                .to("file:{{reports.archive.dir:/var/lib/harborline/reports}}?fileName=tn-inventory-${date:now:yyyyMMdd}.csv")
                .process(new ReportCsvProcessor())
                .log("inventory report: ${body.size} numbers");
    }
}
