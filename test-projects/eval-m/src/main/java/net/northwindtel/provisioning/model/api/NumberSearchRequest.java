package net.northwindtel.provisioning.model.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Data;

/**
 * Body of our own {@code POST /api/v1/numbers/search} endpoint (customer portal).
 */
@Data
public class NumberSearchRequest {

    @Min(200)
    @Max(999)
    private int areaCode;

    private String city;

    private String state;

    @Min(1)
    @Max(50)
    private int quantity = 5;

    private boolean tollFree;
}
