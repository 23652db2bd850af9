package com.harborline.numbering.vendor;

import java.net.URI;

/**
 * Telnyx search URLs for the price-comparison report.
 */
public final class TelnyxNumberSearch {

    static final String TELNYX_AVAILABLE = "https://api.telnyx.com/v2/available_phone_numbers";

    private TelnyxNumberSearch() {
    }

    public static URI byAreaCode(String areaCode, int limit) {
        return URI.create(TELNYX_AVAILABLE + "?filter[national_destination_code]=" + areaCode
                + "&filter[country_code]=US&filter[limit]=" + limit);
    }
}
