package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ConfigLoader;
import net.pinecrest.numbertool.config.DashboardEnvironment;
import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.config.EnvironmentCatalog;
import net.pinecrest.numbertool.config.ToolConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by every subcommand. */
public class GlobalOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Extra properties file layered over the defaults.")
    Path configFile;

    @Option(names = "--env", defaultValue = "CONFIGURED",
            description = "Target: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DashboardEnvironment environment;

    @Option(names = "--base-url", defaultValue = "https://dashboard.bandwidth.com/api",
            description = "Dashboard base URL; only used when it differs from the default.")
    String baseUrl;

    @Option(names = "--env-name", description = "A target from environments.yml.")
    String environmentName;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    public ToolConfig config() {
        ToolConfig config = ConfigLoader.load(configFile, environment);
        if (environmentName != null) {
            EnvironmentCatalog.Target target = EnvironmentCatalog.fromClasspath().find(environmentName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown environment " + environmentName));
            config = config.withDashboardBaseUrl(target.dashboard());
        }
        if (baseUrl != null && !baseUrl.equals(DashboardUrls.PROD_BASE)) {
            config = config.withDashboardBaseUrl(baseUrl);
        }
        return config;
    }
}
