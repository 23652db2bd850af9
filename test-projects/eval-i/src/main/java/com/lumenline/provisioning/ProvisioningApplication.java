package com.lumenline.provisioning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lumenline number provisioning service.
 *
 * <p>Owns everything between a customer asking for a number in the portal and that number
 * being routable on our SIP edge: carrier search and ordering (Bandwidth Dashboard), E911
 * address registration, hosted messaging imports and the order-status callbacks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProvisioningApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProvisioningApplication.class, args);
    }
}
