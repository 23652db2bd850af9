package com.cobaltline.numbering.dashboard;

import java.net.URI;

import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.http.client.utils.URIBuilder;

import com.cobaltline.numbering.config.DashboardEndpoints;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Orders against the interop lab account. The lab only has the old inetwork host.
 */
public class LabOrderClient {

    private final DashboardSettings settings;

    public LabOrderClient(DashboardSettings settings) {
        this.settings = settings;
    }

    public String submitOrder(String orderXml) throws Exception {
        URI uri = new URIBuilder(DashboardEndpoints.LAB)
                .setPath("/v1.0/accounts/" + settings.getAccountId() + "/orders")
                .build();
        return lab(uri).type("application/xml").post(orderXml, String.class);
    }

    public String availableInAreaCode(String areaCode) throws Exception {
        URI uri = new URIBuilder(DashboardEndpoints.LAB)
                .setPath("/v1.0/accounts/" + settings.getAccountId() + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", "10")
                .build();
        return lab(uri).get(String.class);
    }

    private WebClient lab(URI uri) {
        return WebClient.create(uri.toString(), settings.getUsername(), settings.getPassword(), null)
                .accept("application/xml");
    }
}
