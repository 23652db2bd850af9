package com.cobaltline.numbering.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.cxf.jaxrs.client.WebClient;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.cobaltline.numbering.config.DashboardEndpoints;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Orders the fixed pool of certification numbers into a fresh sandbox account
 * ({@code numbering:seed-sandbox}).
 */
@Component(service = SandboxSeeder.class)
public class SandboxSeeder {

    static final String TEMPLATE = "/templates/sandbox-order.xml";

    @Reference
    private DashboardSettings settings;

    public String seed() throws IOException {
        String order;
        try (InputStream in = SandboxSeeder.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException(TEMPLATE + " missing from the bundle");
            }
            order = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${siteId}", settings.getSiteId())
                    .replace("${peerId}", settings.getSipPeerId());
        }
        return WebClient.create(DashboardEndpoints.SANDBOX, settings.getUsername(), settings.getPassword(), null)
                .path("accounts").path(settings.getAccountId()).path("orders")
                .type("application/xml")
                .post(order, String.class);
    }
}
