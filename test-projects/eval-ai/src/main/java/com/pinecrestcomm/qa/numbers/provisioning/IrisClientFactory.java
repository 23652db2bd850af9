package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.pinecrestcomm.qa.numbers.config.IrisEnvironment;
import com.pinecrestcomm.qa.numbers.config.IrisProperties;

/**
 * Creates Iris SDK clients for the provisioning helpers.
 *
 * <p>Note: the SDK builds {@code "/" + version + "/accounts/" + accountId} and replaces the path
 * of the URI it is given, so the version argument decides the route, not the URI.
 */
public final class IrisClientFactory {

    private IrisClientFactory() {
    }

    /** Quick client for ad-hoc scripts: SDK defaults for host and version. */
    public static IrisClient defaultClient(String accountId, String user, String password) {
        return new IrisClient(accountId, user, password);
    }

    public static IrisClient forEnvironment(IrisEnvironment env, String accountId, String user, String password) {
        return new IrisClient(env.baseUrl(), accountId, user, password, "v1.0");
    }

    public static IrisClient fromProperties(IrisProperties props) {
        return new IrisClient(props.baseUrl(), props.accountId(), props.username(), props.password(),
                props.sdkVersion());
    }

    public static IrisClient testEnvironment(String accountId, String user, String password) {
        return new IrisClient(
                "https://test.dashboard.bandwidth.com",
                accountId,
                user,
                password,
                "v1.0");
    }

    /** What the pilot tenant uses: host only, version segment carries the v2 base path. */
    public static IrisClient pilot(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }
}
