package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of our own number search API. Numbers are always E.164 towards tenants.
 */
public record NumberSearchResult(
        @JsonProperty("areaCode") String areaCode,
        @JsonProperty("numbers") List<String> numbers,
        @JsonProperty("source") String source) {
}
