package net.kestrelwave.integration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ImportResource;
import org.springframework.context.annotation.PropertySource;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Carrier integration service: number inventory, E911 provisioning and hosted messaging
 * against the Bandwidth Dashboard, plus the notification side channels (SMS, voice, MFA).
 */
@SpringBootApplication
@EnableIntegration
@EnableScheduling
@ConfigurationPropertiesScan
@ImportResource("classpath:integration/dashboard-context.xml")
@PropertySource("classpath:bulk-jobs.properties")
public class CarrierIntegrationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CarrierIntegrationApplication.class, args);
    }
}
