package net.harbourline.tnbridge.model;

import jakarta.validation.constraints.Pattern;

/** Count of in-service numbers per area code, built from the Dashboard inventory. */
public class AreaCodeSummary {

    private final int areaCode;
    private int count;
    @Pattern(regexp = "\\d{10}", message = "sample must be a 10-digit TN")
    private String sample;

    public AreaCodeSummary(int areaCode) {
        this.areaCode = areaCode;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public int getCount() {
        return count;
    }

    public void increment() {
        count++;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }

    @Override
    public String toString() {
        return areaCode + "=" + count;
    }
}
