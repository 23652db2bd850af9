package net.harborlinecarrier.tnvault.dashboard;

import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;

/** Builds the Jersey client all Dashboard clients share, and the per-account base target. */
public final class DashboardClientFactory {

    private DashboardClientFactory() {
    }

    public static Client build(Environment environment, JerseyClientConfiguration clientConfig,
                               DashboardConfiguration dashboard) {
        Client client = new JerseyClientBuilder(environment)
                .using(clientConfig)
                .build("bandwidth-dashboard");
        client.register(HttpAuthenticationFeature.basic(dashboard.getUsername(), dashboard.getPassword()));
        return client;
    }

    /** {baseUrl}/accounts/{accountId} */
    public static WebTarget accountTarget(Client client, DashboardConfiguration dashboard) {
        return client.target(dashboard.getBaseUrl())
                .path(DashboardEndpoints.ACCOUNTS)
                .path(dashboard.getAccountId());
    }
}
