package com.kestrelvoice.numlife.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import lombok.Data;

/**
 * Body of our own order endpoint, posted by the customer portal.
 */
@Data
public class OrderNumbersCommand {

    @NotEmpty
    private String customerAccount;

    private String areaCode;

    @NotEmpty
    private List<@Pattern(regexp = "\\d{10}", message = "ten digits, no punctuation") String> tns;
}
