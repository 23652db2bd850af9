package com.cobaltline.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Builds Iris SDK clients. Production uses the SDK defaults; the sandbox and the lab need their own
 * host.
 */
public class IrisClientFactory {

    private final DashboardSettings settings;

    public IrisClientFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    public IrisClient production() {
        return new IrisClient(settings.getAccountId(), settings.getUsername(), settings.getPassword());
    }

    public IrisClient sandbox() {
        return new IrisClient("https://test.dashboard.bandwidth.com", settings.getAccountId(),
                settings.getUsername(), settings.getPassword(), "v1.0");
    }

    /** For the Karaf shell: {@code numbering:sdk-client --uri ... --version ...}. */
    public IrisClient custom(String uri, String apiVersion) {
        return new IrisClient(uri, settings.getAccountId(), settings.getUsername(), settings.getPassword(), apiVersion);
    }

    public IrisClient forEnvironment(String environment) {
        return switch (environment) {
            case "prod" -> production();
            case "sandbox" -> sandbox();
            default -> throw new IllegalArgumentException("Unknown Dashboard environment " + environment);
        };
    }
}
