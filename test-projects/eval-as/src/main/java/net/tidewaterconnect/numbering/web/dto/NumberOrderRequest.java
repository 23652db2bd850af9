package net.tidewaterconnect.numbering.web.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** What the portal posts when a customer picks numbers. */
public record NumberOrderRequest(
        @NotBlank String customerOrderId,
        @NotEmpty List<@Pattern(regexp = "\\d{10}") String> telephoneNumbers,
        @Pattern(regexp = "[0-9]{10}") String contactNumber,
        String areaCode) {

    public String contactAreaCode() {
        return contactNumber == null ? null : contactNumber.substring(0, 3);
    }
}
