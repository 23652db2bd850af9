package net.kestrelwave.provisioning.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardMetrics;
import net.kestrelwave.provisioning.messaging.MessagingNotifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.retry.annotation.EnableRetry;

@Configuration
@EnableRetry
@ComponentScan("net.kestrelwave.provisioning")
@PropertySource("classpath:application.properties")
public class ProvisioningConfiguration {

    @Bean
    public MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    public EnvironmentConfig environmentConfig() {
        return new EnvironmentLoader().fromSystemEnvironment();
    }

    @Bean
    public DashboardMetrics dashboardMetrics(MeterRegistry registry) {
        return new DashboardMetrics(registry);
    }

    @Bean
    public DashboardHttpClient dashboardHttpClient(
            @Value("${dashboard.base-url:https://dashboard.bandwidth.com/api}") String baseUrl,
            @Value("${dashboard.username}") String username,
            @Value("${dashboard.password}") String password,
            DashboardMetrics metrics) {
        return new DashboardHttpClient(baseUrl, username, password, metrics);
    }

    @Bean
    public MessagingNotifier messagingNotifier(
            @Value("${messaging.base-url:https://messaging.bandwidth.com/api/v2}") String baseUrl,
            EnvironmentConfig env) {
        return new MessagingNotifier(baseUrl, env.accountId(), env.messagingApplicationId(),
                env.username(), env.password());
    }
}
