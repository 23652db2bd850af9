package com.cobaltline.numbering.dashboard;

import com.cobaltline.numbering.transport.DashboardTransport;

/** Number-level lookups (rate center, LATA, owning site) used by support tooling. */
public class TnDetailsClient {

    private final DashboardTransport transport;

    public TnDetailsClient(DashboardTransport transport) {
        this.transport = transport;
    }

    public String details(String telephoneNumber) {
        return transport.get("/tns/" + telephoneNumber + "/tndetails");
    }

    public String site(String telephoneNumber) {
        return transport.get("/tns/" + telephoneNumber + "/sites");
    }

    public String rateCenter(String telephoneNumber) {
        String xml = transport.get("/tns/" + telephoneNumber + "/ratecenter");
        int start = xml.indexOf("<RateCenter>");
        return start < 0 ? null : xml.substring(start + 12, xml.indexOf("</RateCenter>", start));
    }
}
