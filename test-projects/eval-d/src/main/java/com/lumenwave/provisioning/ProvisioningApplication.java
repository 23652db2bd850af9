package com.lumenwave.provisioning;

import com.lumenwave.provisioning.config.CoverageProperties;
import com.lumenwave.provisioning.config.IrisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lumenwave number-provisioning service.
 *
 * <p>Searches, orders and configures telephone numbers on the Bandwidth Dashboard
 * for Lumenwave's business-voice customers, enables hosted messaging on them and
 * keeps the local inventory in sync with order callbacks and the nightly TN report.
 */
@Configuration
@ComponentScan
@EnableScheduling
@EnableFeignClients
@EnableConfigurationProperties({IrisProperties.class, CoverageProperties.class})
public class ProvisioningApplication {
}
