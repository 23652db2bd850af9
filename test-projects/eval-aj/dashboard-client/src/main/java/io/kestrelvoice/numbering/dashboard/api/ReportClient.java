package io.kestrelvoice.numbering.dashboard.api;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * Dashboard reports: run an instance, wait for it, download the file.
 */
public class ReportClient {

    private final DashboardRestClient rest;

    public ReportClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public String createInstance(String reportId, String instanceXml) {
        String response = rest.post(rest.urls().reportInstances(reportId), instanceXml);
        return TelephoneNumberXml.element(response, "Id");
    }

    public String instanceStatus(String reportId, String instanceId) {
        String body = rest.get(rest.urls().reportInstances(reportId) + "/" + instanceId);
        return TelephoneNumberXml.element(body, "Status");
    }

    public String download(String reportId, String instanceId) {
        return rest.get(rest.urls().reportInstances(reportId) + "/" + instanceId + "/file");
    }
}
