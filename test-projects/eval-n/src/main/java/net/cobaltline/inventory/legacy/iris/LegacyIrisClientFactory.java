package net.cobaltline.inventory.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import org.apache.commons.configuration.ConfigurationException;
import org.apache.commons.configuration.XMLConfiguration;

import java.net.URL;

/**
 * Creates Iris SDK clients for the porting module, from {@code iris-legacy.xml}.
 * This module still runs the 2019 porting workflows and has not been moved to the REST clients.
 */
public final class LegacyIrisClientFactory {

    static final String DEFAULT_VERSION = "v1.0";

    private LegacyIrisClientFactory() {
    }

    /** Client configured from {@code iris-legacy.xml} on the classpath. */
    public static IrisClient fromClasspath() {
        URL resource = LegacyIrisClientFactory.class.getResource("/iris-legacy.xml");
        if (resource == null) {
            throw new IllegalStateException("iris-legacy.xml missing");
        }
        try {
            XMLConfiguration xml = new XMLConfiguration(resource);
            String uri = xml.getString("endpoint.uri");
            String version = xml.getString("endpoint.version", DEFAULT_VERSION);
            return new IrisClient(uri, xml.getString("account"), xml.getString("credentials.user"),
                    xml.getString("credentials.password"), version);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("cannot read iris-legacy.xml", e);
        }
    }

    /** Production client with the SDK's built-in endpoint. */
    public static IrisClient production(String accountId, String user, String password) {
        return new IrisClient(accountId, user, password);
    }

    /** Bandwidth's test environment, used by the porting team for dry runs. */
    public static IrisClient sandbox(String accountId, String user, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com", accountId, user, password, "v1.0");
    }

    /**
     * Client on the v2 path. The SDK builds {@code uri + "/" + version + "/accounts/..."}, so the
     * version argument carries the whole {@code api/v2} prefix.
     */
    public static IrisClient productionV2(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }
}
