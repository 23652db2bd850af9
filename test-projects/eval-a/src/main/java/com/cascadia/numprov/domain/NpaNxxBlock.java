package com.cascadia.numprov.domain;

/** A block of available numbers reported by the Dashboard availableNpaNxx search. */
public record NpaNxxBlock(int areaCode, String nxx, int quantity, String city, String state) {

    public String npaNxx() {
        return areaCode + nxx;
    }
}
