package net.northwindtel.provisioning.model.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import lombok.Data;

import java.util.List;

/**
 * What the customer portal posts to {@code /api/v1/porting/requests} (JSON).
 */
@Data
public class PortRequestDto {

    @NotBlank
    private String customerId;

    @Pattern(regexp = "\\d{10}", message = "billing telephone number must be 10 digits")
    private String billingTelephoneNumber;

    @NotEmpty
    private List<@Pattern(regexp = "\\d{10}") String> numbers;

    private String losingCarrier;

    private String authorizedBy;

    private String requestedFocDate;
}
