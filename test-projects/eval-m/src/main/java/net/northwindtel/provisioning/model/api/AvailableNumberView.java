package net.northwindtel.provisioning.model.api;

import lombok.Builder;
import lombok.Value;

/**
 * A number offered to the customer in the portal's search results.
 */
@Value
@Builder
public class AvailableNumberView {
    String telephoneNumber;
    String display;
    String rateCenter;
    String state;
    String areaCode;
}
