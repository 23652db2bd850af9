package com.bluepinenet.cdrpipeline.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import org.junit.jupiter.api.Test;

/** Pins down the URLs the SDK builds, so a client misconfiguration shows up in CI and not in prod. */
class IrisClientUriTest {

    @Test
    void defaultClientBuildsAccountUris() throws Exception {
        IrisClient client = new IrisClient("9900123", "svc-cdr", "not-a-secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/inserviceNumbers",
                client.buildAccountModelUri(new String[]{IrisPath.INSERVICE_NUMBERS_URI_PATH}));
    }

    @Test
    void queryParametersAreAppended() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "svc-cdr", "not-a-secret", "v1.0");

        String uri = client.buildAccountModelUri(new String[]{IrisPath.AVAILABLE_NUMBERS_URI_PATH}, Map.of("areaCode", "919"));

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/availableNumbers?areaCode=919", uri);
    }
}
