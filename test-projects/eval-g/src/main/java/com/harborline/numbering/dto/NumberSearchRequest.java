package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of POST /api/v1/numbers/search on our own public API.
 */
public record NumberSearchRequest(
        @JsonProperty("areaCode") String areaCode,
        @JsonProperty("quantity") int quantity,
        @JsonProperty("tenantId") String tenantId) {
}
