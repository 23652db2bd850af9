package net.harbourline.numberdesk.config;

import com.bandwidth.iris.sdk.IrisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the Bandwidth Iris SDK clients. The SDK client is thread safe (it wraps one
 * pooled HttpClient), so one instance per flavour is enough.
 */
@ApplicationScoped
public class IrisClientProducer {

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "dashboard.reporting.username", defaultValue = "svc-numberdesk-ro")
    String reportingUser;

    @Inject
    @ConfigProperty(name = "dashboard.reporting.password", defaultValue = "")
    String reportingPassword;

    @Produces
    @Default
    @Singleton
    public IrisClient irisClient() {
        return new IrisClient(settings.accountId(), settings.username(), settings.password());
    }

    /** Dashboard test environment, used by the support console's dry runs. */
    @Produces
    @Named("sandbox")
    @Singleton
    public IrisClient sandboxClient() {
        return new IrisClient(
                "https://test.dashboard.bandwidth.com",
                settings.accountId(),
                settings.username(),
                settings.password(),
                "v1.0");
    }

    /** Read-only API user of the report jobs. */
    @Produces
    @Named("reporting")
    @Singleton
    public IrisClient reportingClient() {
        return new IrisClient(settings.sdkUri(), settings.accountId(), reportingUser, reportingPassword, settings.sdkVersion());
    }
}
