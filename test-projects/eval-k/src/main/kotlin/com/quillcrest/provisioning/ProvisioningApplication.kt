package com.quillcrest.provisioning

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.context.properties.ConfigurationPropertiesScan
import org.springframework.boot.runApplication
import org.springframework.context.annotation.PropertySource
import org.springframework.scheduling.annotation.EnableScheduling

/**
 * Number provisioning service: keeps Quillcrest's TN inventory in sync with the Bandwidth
 * Dashboard, orders and ports numbers, turns hosted messaging on and off and maintains the
 * E911 addresses of our SIP trunks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@PropertySource("classpath:iris-legacy.properties")
class ProvisioningApplication

fun main(args: Array<String>) {
    runApplication<ProvisioningApplication>(*args)
}
