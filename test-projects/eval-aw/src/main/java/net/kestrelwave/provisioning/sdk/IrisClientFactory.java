package net.kestrelwave.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates Iris SDK clients. The SDK is only used for the flows where its models save us from writing
 * XML by hand (orders, porting, TN options); everything else goes through DashboardHttpClient.
 */
public final class IrisClientFactory {

    /** One client entry of iris-sdk.xml, the settings file inherited from the old provisioning tool. */
    public record ClientSettings(String environment, String uri, String version, String accountId) {
    }

    private IrisClientFactory() {
    }

    /** Production account with the SDK defaults. */
    public static IrisClient forAccount(EnvironmentConfig env) {
        return new IrisClient(env.accountId(), env.username(), env.password());
    }

    /** Test host or any other URI from the environment file. */
    public static IrisClient forEnvironment(EnvironmentConfig env) {
        return new IrisClient(env.sdkUri(), env.accountId(), env.username(), env.password(), "v1.0");
    }

    /** Lab account; its version comes from the environment file as well. */
    public static IrisClient forLab(EnvironmentConfig env) {
        return new IrisClient(env.sdkUri(), env.accountId(), env.username(), env.password(), env.sdkVersion());
    }

    public static IrisClient forSettings(ClientSettings settings, String user, String password) {
        return new IrisClient(settings.uri(), settings.accountId(), user, password, settings.version());
    }

    public static Map<String, ClientSettings> loadSettings() {
        try (InputStream in = IrisClientFactory.class.getResourceAsStream("/iris-sdk.xml")) {
            if (in == null) {
                throw new IllegalStateException("iris-sdk.xml missing from the classpath");
            }
            return parseSettings(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, ClientSettings> parseSettings(String document) {
        Map<String, ClientSettings> settings = new LinkedHashMap<>();
        for (Element client : new DashboardXml().elements(document, "/irisClients/client")) {
            String env = client.getAttribute("env");
            settings.put(env, new ClientSettings(env,
                    DashboardXml.childText(client, "uri"),
                    DashboardXml.childText(client, "version"),
                    DashboardXml.childText(client, "accountId")));
        }
        return settings;
    }
}
