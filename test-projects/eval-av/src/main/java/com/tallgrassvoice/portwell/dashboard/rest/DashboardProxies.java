package com.tallgrassvoice.portwell.dashboard.rest;

import com.tallgrassvoice.portwell.config.AppConfig;
import com.tallgrassvoice.portwell.config.Endpoints;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.core.UriBuilder;
import org.jboss.resteasy.client.jaxrs.BasicAuthentication;
import org.jboss.resteasy.client.jaxrs.ResteasyClient;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.ResteasyWebTarget;

/** RESTEasy proxies for the Dashboard resources the portal reads directly. */
public class DashboardProxies implements AutoCloseable {

    private final ResteasyClient client;
    private final ResteasyWebTarget production;
    private final ResteasyWebTarget sandbox;
    private final ResteasyWebTarget reconciliation;
    private final ResteasyWebTarget catapult;

    public DashboardProxies(AppConfig cfg) {
        this.client = new ResteasyClientBuilder()
                .connectionPoolSize(8)
                .maxPooledPerRoute(8)
                .establishConnectionTimeout(10, TimeUnit.SECONDS)
                .socketTimeout(cfg.timeoutSeconds(), TimeUnit.SECONDS)
                .build();
        BasicAuthentication auth = new BasicAuthentication(cfg.username(), cfg.password());
        this.production = client.target(cfg.dashboardBaseUrl());
        this.production.register(auth);
        this.sandbox = client.target(UriBuilder.fromUri("https://test.dashboard.bandwidth.com").path("v1.0"));
        this.sandbox.register(auth);
        this.reconciliation = client.target(Endpoints.DASHBOARD);
        this.reconciliation.register(auth);
        this.catapult = client.target(Endpoints.CATAPULT);
    }

    public E911AddressesApi e911() {
        return production.proxy(E911AddressesApi.class);
    }

    public InventoryApi inventory() {
        return production.proxy(InventoryApi.class);
    }

    public InventoryApi sandboxInventory() {
        return sandbox.proxy(InventoryApi.class);
    }

    /** Read-only view used by the nightly reconciliation. */
    public InventoryApi reconciliationInventory() {
        return reconciliation.proxy(InventoryApi.class);
    }

    public ImportTnOrdersApi imports() {
        return production.proxy(ImportTnOrdersApi.class);
    }

    public CatapultNumbersApi catapult() {
        return catapult.proxy(CatapultNumbersApi.class);
    }

    @Override
    public void close() {
        client.close();
    }
}
