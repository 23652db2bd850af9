package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lombok.Data;

/**
 * Body of POST /api/hosted-numbers on our own API.
 */
@Data
public class HostedNumberRequest {

    @JsonProperty("tenantId")
    private String tenantId;

    @JsonProperty("loaSignedBy")
    private String loaSignedBy;

    @JsonProperty("businessName")
    private String businessName;

    @JsonProperty("numbers")
    private List<String> numbers;
}
