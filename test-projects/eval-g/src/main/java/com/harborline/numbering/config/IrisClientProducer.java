package com.harborline.numbering.config;

import com.bandwidth.iris.sdk.IrisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CDI producers for the Bandwidth Iris SDK client.
 */
@ApplicationScoped
public class IrisClientProducer {

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.sandbox-url", defaultValue = "https://test.dashboard.bandwidth.com")
    String sandboxUrl;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.sdk-version", defaultValue = "v1.0")
    String sdkVersion;

    /** Production client; the SDK defaults host and version. */
    @Produces
    @ApplicationScoped
    public IrisClient irisClient() {
        return new IrisClient(settings.accountId(), settings.username(), settings.password());
    }

    /** Sandbox client used by the smoke test and by QA tooling. */
    @Produces
    @Named("sandbox")
    @ApplicationScoped
    public IrisClient sandboxIrisClient() {
        return new IrisClient(sandboxUrl, settings.accountId(), settings.username(), settings.password(), "v1.0");
    }

    /** Client for the reconciliation job; version is configurable per environment. */
    @Produces
    @Named("reconciliation")
    @ApplicationScoped
    public IrisClient reconciliationIrisClient() {
        return new IrisClient(settings.baseUrl(), settings.accountId(), settings.username(), settings.password(), sdkVersion);
    }
}
