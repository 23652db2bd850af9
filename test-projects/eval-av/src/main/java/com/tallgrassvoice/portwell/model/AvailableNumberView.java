package com.tallgrassvoice.portwell.model;

import java.util.Objects;

/** A number offered to the customer in the number picker, built from Dashboard search results. */
public final class AvailableNumberView {

    private final String telephoneNumber;
    private final int areaCode;
    private final String exchange;

    private AvailableNumberView(String telephoneNumber, int areaCode, String exchange) {
        this.telephoneNumber = telephoneNumber;
        this.areaCode = areaCode;
        this.exchange = exchange;
    }

    public static AvailableNumberView fromDashboard(String tn) {
        String npa = tn.substring(0, 3);
        return new AvailableNumberView(tn, Integer.parseInt(npa), tn.substring(3, 6));
    }

    public String telephoneNumber() {
        return telephoneNumber;
    }

    public int areaCode() {
        return areaCode;
    }

    public String exchange() {
        return exchange;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvailableNumberView other && telephoneNumber.equals(other.telephoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(telephoneNumber);
    }
}
