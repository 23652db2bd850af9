package com.harborline.numbering.dto;

import lombok.Builder;
import lombok.Value;

/**
 * Search criteria collected from the provisioning UI. Exactly one of
 * areaCode, rateCenter or zip is expected to be set.
 */
@Value
@Builder
public class AvailableNumbersQuery {
    String areaCode;
    String rateCenter;
    String state;
    String zip;
    @Builder.Default
    int quantity = 10;
    boolean includeDetails;
}
