package net.northvale.voice.provisioning.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Owns the single JAX-RS {@link Client} used for the Dashboard and hands out the root
 * {@link WebTarget} ({@code dashboard.base-url}) to the raw clients.
 */
@ApplicationScoped
public class JaxRsClientProducer {

    private static final Logger LOG = Logger.getLogger(JaxRsClientProducer.class.getName());

    @Inject
    DashboardSettings settings;

    private Client client;

    @PostConstruct
    void init() {
        if (settings.baseUrl().contains("inetwork.com")) {
            LOG.warning("dashboard.base-url points at a legacy host; expected https://dashboard.bandwidth.com/api");
        }
        long timeout = settings.timeout().toMillis();
        client = ClientBuilder.newBuilder()
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout * 2, TimeUnit.MILLISECONDS)
                .register(new BasicAuthFilter(settings.username(), settings.password()))
                .build();
    }

    @Produces
    @Dashboard
    public Client dashboardClient() {
        return client;
    }

    @Produces
    @Dashboard
    public WebTarget dashboardRoot() {
        return client.target(settings.baseUrl());
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
