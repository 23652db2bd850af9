package net.tidewatertel.numbering.orders;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** A business customer's request to text-enable numbers that stay with their voice carrier. */
public record HostedImportRequest(
        @NotBlank String customerOrderId,
        @NotEmpty List<String> telephoneNumbers,
        @NotBlank String subscriberName,
        @NotBlank String loaAuthorizingPerson) {
}
