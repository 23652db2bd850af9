package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;

/** The Dashboard SDK clients the CLI works with. */
public final class IrisClients {

    private IrisClients() {
    }

    /** Production account with the SDK's default endpoint. */
    public static IrisClient production(CliConfig config) {
        return new IrisClient(config.getAccountId(), config.getUsername(), config.getPassword());
    }

    /** Bandwidth's test environment, for rehearsing bulk changes. */
    public static IrisClient sandbox(CliConfig config) {
        return new IrisClient("https://test.dashboard.bandwidth.com", config.getAccountId(), config.getUsername(), config.getPassword(), "v1.0");
    }

    /** Whatever {@code iris-cli.xml} points at. */
    public static IrisClient configured(CliConfig config) {
        return new IrisClient(config.getUri(), config.getAccountId(), config.getUsername(), config.getPassword(),
                config.getApiVersion());
    }

    /** Sub-account used by the wholesale team; same host, its own credentials. */
    public static IrisClient wholesale(CliConfig config, String accountId, String user, String password) {
        return new IrisClient(
                "https://dashboard.bandwidth.com",
                accountId,
                user,
                password,
                "v1.0");
    }

    public static IrisClient forEnvironment(CliConfig config, String environment) {
        return switch (environment) {
            case "prod" -> production(config);
            case "sandbox" -> sandbox(config);
            default -> configured(config);
        };
    }
}
