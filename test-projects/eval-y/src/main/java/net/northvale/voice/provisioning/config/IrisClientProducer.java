package net.northvale.voice.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the Iris SDK client used by the {@code sdk} gateways. The SDK builds its paths as
 * {@code "/" + version + "/accounts/" + accountId + ...} on top of the configured uri.
 */
@ApplicationScoped
public class IrisClientProducer {

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "iris.sdk.uri", defaultValue = "https://dashboard.bandwidth.com/api")
    String sdkUri;

    @Produces
    @ApplicationScoped
    public IrisClient irisClient() {
        return new IrisClient(sdkUri, settings.accountId(), settings.username(), settings.password(), settings.irisVersion());
    }

    /**
     * Client for the reconciliation job, which runs under the read-only "svc-tnaudit" user so it
     * can never place orders by accident.
     */
    public IrisClient auditClient(String auditUser, String auditPassword) {
        return new IrisClient(settings.accountId(), auditUser, auditPassword);
    }
}
