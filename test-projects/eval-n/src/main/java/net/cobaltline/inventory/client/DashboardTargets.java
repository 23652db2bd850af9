package net.cobaltline.inventory.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import net.cobaltline.inventory.config.DashboardConfig;

import java.util.concurrent.TimeUnit;

/**
 * Hand-built JAX-RS targets for the calls that predate the MicroProfile interfaces
 * (E911 and the report downloads). Everything is relative to {@code dashboard.base-url}.
 */
@ApplicationScoped
public class DashboardTargets {

    private final Client client;
    private final DashboardConfig config;

    @Inject
    public DashboardTargets(DashboardConfig config) {
        this.config = config;
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(new BasicAuthFilter(config.username(), config.password()))
                .build();
    }

    /** {@code <base>/accounts/<accountId>} */
    public WebTarget account() {
        return client.target(config.baseUrl())
                .path("accounts")
                .path(config.accountId());
    }

    public WebTarget root() {
        return client.target(config.baseUrl());
    }

    /** For URLs assembled elsewhere (exports, links that came back in a response). */
    public WebTarget target(String absoluteUri) {
        return client.target(absoluteUri);
    }

    public String accountId() {
        return config.accountId();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    static final class BasicAuthFilter implements jakarta.ws.rs.client.ClientRequestFilter {
        private final String header;

        BasicAuthFilter(String user, String password) {
            this.header = DashboardAuthHeadersFactory.basic(user, password);
        }

        @Override
        public void filter(jakarta.ws.rs.client.ClientRequestContext requestContext) {
            requestContext.getHeaders().putSingle("Authorization", header);
        }
    }
}
