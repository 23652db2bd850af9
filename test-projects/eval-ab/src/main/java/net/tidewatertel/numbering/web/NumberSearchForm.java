package net.tidewatertel.numbering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** The admin "find numbers" form. */
public class NumberSearchForm {

    /** Typed by sales staff; three digits. */
    @Pattern(regexp = "[2-9]\\d{2}", message = "{search.areaCode.invalid}")
    private String areaCode;

    /** Optional: customer's existing number, for "numbers close to mine". */
    @Pattern(regexp = "\\d{10}", message = "{search.nearTn.invalid}")
    private String nearTn;

    @Min(1)
    @Max(50)
    private int quantity = 10;

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getNearTn() {
        return nearTn;
    }

    public void setNearTn(String nearTn) {
        this.nearTn = nearTn;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
