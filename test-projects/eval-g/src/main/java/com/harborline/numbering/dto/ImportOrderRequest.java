package com.harborline.numbering.dto;

import java.util.List;
import lombok.Builder;
import lombok.Singular;
import lombok.Value;

/**
 * Everything needed to host messaging for numbers a tenant keeps with another carrier.
 */
@Value
@Builder
public class ImportOrderRequest {
    String customerOrderId;
    int siteId;
    int sipPeerId;
    String loaAuthorizingPerson;
    String subscriberName;
    @Singular
    List<String> telephoneNumbers;
}
