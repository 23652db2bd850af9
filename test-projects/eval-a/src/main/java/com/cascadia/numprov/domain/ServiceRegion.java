package com.cascadia.numprov.domain;

import java.util.Arrays;
import java.util.Optional;

/** The markets we sell DIDs in. The area code is the primary NPA of the market. */
public enum ServiceRegion {

    TRIANGLE("Raleigh-Durham", "NC", 919),
    CHARLOTTE("Charlotte", "NC", 704),
    PUGET_SOUND("Seattle", "WA", 206),
    SOUTH_SOUND("Tacoma", "WA", 253);

    private final String market;
    private final String state;
    private final int areaCode;

    ServiceRegion(String market, String state, int areaCode) {
        this.market = market;
        this.state = state;
        this.areaCode = areaCode;
    }

    public String market() {
        return market;
    }

    public String state() {
        return state;
    }

    public int areaCode() {
        return areaCode;
    }

    public static Optional<ServiceRegion> byAreaCode(int areaCode) {
        return Arrays.stream(values()).filter(r -> r.areaCode == areaCode).findFirst();
    }
}
