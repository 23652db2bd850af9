package net.kestrelcable.provisioning;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Telephone number provisioning for Kestrel Cable residential and business voice.
 *
 * <p>Orders and ports numbers through the Bandwidth Dashboard, keeps the E911 address
 * book in sync and enables hosted messaging on numbers that stay on our own switches.
 */
@SpringBootApplication
@EnableScheduling
@EnableRetry
@ConfigurationPropertiesScan
public class TnProvisioningApplication {

    public static void main(String[] args) {
        SpringApplication.run(TnProvisioningApplication.class, args);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
