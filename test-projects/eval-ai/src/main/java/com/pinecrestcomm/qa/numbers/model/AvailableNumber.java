package com.pinecrestcomm.qa.numbers.model;

import java.util.Objects;

/**
 * One entry of an availableNumbers search with {@code enableTNDetail=true}.
 */
public final class AvailableNumber {

    private long fullNumber;
    private String city;
    private String rateCenter;
    private String state;
    private String lata;

    public AvailableNumber() {
    }

    public AvailableNumber(long fullNumber, String city, String rateCenter, String state, String lata) {
        this.fullNumber = fullNumber;
        this.city = city;
        this.rateCenter = rateCenter;
        this.state = state;
        this.lata = lata;
    }

    /** Maps a {@code <TelephoneNumberDetail>} element's text values. */
    public static AvailableNumber fromDetail(String fullNumber, String city, String rateCenter, String state, String lata) {
        return new AvailableNumber(Long.parseLong(fullNumber), city, rateCenter, state, lata);
    }

    public long getFullNumber() {
        return fullNumber;
    }

    public String getCity() {
        return city;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getState() {
        return state;
    }

    public String getLata() {
        return lata;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvailableNumber other && fullNumber == other.fullNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullNumber);
    }

    @Override
    public String toString() {
        return "AvailableNumber[" + fullNumber + ", " + rateCenter + ", " + state + "]";
    }
}
