package net.corvalink.numbering.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.typesafe.config.ConfigFactory;
import net.corvalink.numbering.config.NumberingConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SDK builds "/" + version + "/accounts/..." and replaces the path of the
 * URI it was given, so only the version decides the route.
 */
class IrisSdkFactoryTest {

    private final NumberingConfig config = new NumberingConfig(
            ConfigFactory.parseResources("iris-test.properties").withFallback(ConfigFactory.load()));

    @Test
    void productionClientUsesSdkDefaults() throws Exception {
        IrisClient client = IrisSdkFactory.production(config);

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9901877/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void explicitVersionReplacesBasePath() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9901877", "user", "secret", "v1.0");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9901877/inserviceNumbers?areaCode=919",
                client.buildAccountModelUri(new String[]{"inserviceNumbers"}, Map.of("areaCode", "919")));
    }

    @Test
    void tnOptionsClientIsOnV2() throws Exception {
        IrisClient client = IrisSdkFactory.tnOptions(config);

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9901877/tnoptions",
                client.buildAccountModelUri(new String[]{"tnoptions"}));
    }
}
