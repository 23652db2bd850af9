package net.kestreltel.numgate.provisioning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What the provisioning UI sends us when a customer picks new numbers. */
public record ProvisioningRequest(
        @NotBlank String customerId,
        @NotBlank @Pattern(regexp = "\\d{3}") String areaCode,
        @Min(1) @Max(50) int quantity,
        boolean smsEnabled,
        @Pattern(regexp = "[0-9]{10}", message = "mobile must be 10 digits, no punctuation") String ownerMobile,
        String customerReference) {
}
