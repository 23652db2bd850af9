package net.cobaltline.numbers.handler;

import net.cobaltline.numbers.config.AppConfig;
import net.cobaltline.numbers.config.AwsClients;
import net.cobaltline.numbers.config.DashboardSettings;
import net.cobaltline.numbers.config.EnvConfig;
import net.cobaltline.numbers.config.ParameterStoreConfig;
import net.cobaltline.numbers.config.SecretsProvider;
import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.store.NumberTable;
import net.cobaltline.numbers.store.OrderTable;

/** Per-container singletons, created on first use so that cold starts only pay for what a handler needs. */
final class Services {

    private static DashboardSettings settings;
    private static DashboardClient dashboard;
    private static SecretsProvider secrets;
    private static ParameterStoreConfig ssm;

    private Services() {
    }

    static synchronized ParameterStoreConfig ssm() {
        if (ssm == null) {
            ssm = ParameterStoreConfig.fromEnvironment();
        }
        return ssm;
    }

    static synchronized SecretsProvider secrets() {
        if (secrets == null) {
            secrets = SecretsProvider.fromEnvironment();
        }
        return secrets;
    }

    static synchronized DashboardSettings settings() {
        if (settings == null) {
            settings = DashboardSettings.load(ssm(), secrets());
        }
        return settings;
    }

    static synchronized DashboardClient dashboard() {
        if (dashboard == null) {
            dashboard = DashboardClient.create(settings());
        }
        return dashboard;
    }

    static AppConfig config() {
        return AppConfig.get();
    }

    static NumberTable numbers() {
        return new NumberTable(AwsClients.dynamo(), EnvConfig.numbersTable());
    }

    static OrderTable orders() {
        return new OrderTable(AwsClients.dynamo(), EnvConfig.ordersTable());
    }
}
