package com.harborline.numbering.config;

/**
 * Country defaults for number search. Only the v2 preview client uses this so far.
 */
public final class CountryDefaults {

    public static final String COUNTRY_CODE_A3 = "USA";
    public static final String NANP_COUNTRY_CODE = "1";

    private CountryDefaults() {
    }
}
