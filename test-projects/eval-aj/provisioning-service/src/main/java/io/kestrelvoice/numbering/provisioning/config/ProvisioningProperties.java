package io.kestrelvoice.numbering.provisioning.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Provisioning defaults, bound from {@code kestrel.provisioning.*}.
 */
@ConfigurationProperties(prefix = "kestrel.provisioning")
public record ProvisioningProperties(
        int defaultQuantity,
        int maxNumbersPerOrder,
        List<String> blockedAreaCodes,
        String loaAuthorizingPerson) {

    public ProvisioningProperties {
        if (defaultQuantity <= 0) {
            defaultQuantity = 10;
        }
        if (maxNumbersPerOrder <= 0) {
            maxNumbersPerOrder = 100;
        }
        blockedAreaCodes = blockedAreaCodes == null ? List.of() : List.copyOf(blockedAreaCodes);
    }
}
