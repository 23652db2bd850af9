package net.tidewatertel.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;

/**
 * Creates Iris SDK clients for the Spring context and for the command-line tools.
 * Credentials come from provisioning.properties.
 */
public class IrisClientFactory {

    private String accountId;
    private String username;
    private String password;
    private String sdkVersion;

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
    }

    public String getAccountId() {
        return accountId;
    }

    /** Production client, SDK defaults. */
    public IrisClient defaultClient() {
        return new IrisClient(accountId, username, password);
    }

    /** Sandbox client for the staging environment. */
    public IrisClient sandboxClient() {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", accountId, username, password, "v1.0");
    }

    /** Client against a host given on the command line (DR drills). */
    public IrisClient clientFor(String baseUri) {
        return new IrisClient(baseUri, accountId, username, password, sdkVersion);
    }

    /** Read-only client the finance export uses, with its own credentials. */
    public static IrisClient financeClient(String accountId, String financeUser, String financePassword) {
        return new IrisClient(accountId, financeUser, financePassword);
    }
}
