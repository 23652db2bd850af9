package com.lumenline.provisioning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Portal search request (our own public API). {@code areaCode} is what the customer typed in
 * the portal's number picker.
 */
public record NumberSearchRequest(
        @Min(200) @Max(999) int areaCode,
        @Min(1) @Max(50) int quantity,
        String customerId) {
}
