package net.cobaltline.inventory.config;

/**
 * Country handling for the North American footprint. Cobaltline only sells US numbers today.
 */
public final class CountryDefaults {

    public static final String COUNTRY_A3 = "USA";
    public static final String COUNTRY_CALLING_CODE = "1";
    public static final int NATIONAL_NUMBER_LENGTH = 10;

    private CountryDefaults() {
    }
}
