package net.kestrelridge.provisioning.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;

/**
 * Creates Iris SDK clients for the porting adapter and the krctl porting commands.
 */
@Singleton
public class IrisClientFactory {

    private final DashboardSettings settings;

    @Inject
    public IrisClientFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    /** Production client, configured from {@code iris-sdk.properties}; the password comes from the vault. */
    public IrisClient fromProperties(String resource) {
        Properties p = load(resource);
        return new IrisClient(
                p.getProperty("iris.uri"),
                p.getProperty("iris.account", settings.accountId()),
                p.getProperty("iris.user"),
                settings.password(),
                p.getProperty("iris.version"));
    }

    /** Client with the SDK's built-in defaults (used by {@code krctl porting status}). */
    public IrisClient withDefaults(String accountId, String user, String password) {
        return new IrisClient(accountId, user, password);
    }

    /** Staging account client for the porting team's smoke tests. */
    public IrisClient staging(String user, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", "9900012", user, password, "v1.0");
    }

    /** Pilot client on the v2 API (NETOPS-2291): host only, the version carries the /api/v2 path. */
    public IrisClient pilot(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }

    static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = IrisClientFactory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
