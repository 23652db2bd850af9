package com.harborline.numbering.vendors;

import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/** Port-ability checks against Telnyx, used before quoting a port-in to a prospect. */
public class TelnyxPortingClient {

    private static final String TELNYX_API = "https://api.telnyx.com/v2";

    private final CloseableHttpClient http;
    private final String apiKey;

    public TelnyxPortingClient(CloseableHttpClient http, String apiKey) {
        this.http = http;
        this.apiKey = apiKey;
    }

    public String portabilityCheck(String e164) throws IOException {
        String body = "{\"phone_numbers\":[\"" + e164 + "\"]}";
        return http.execute(ClassicRequestBuilder.post(TELNYX_API + "/portability_checks")
                        .addHeader("Authorization", "Bearer " + apiKey)
                        .setEntity(new StringEntity(body, ContentType.APPLICATION_JSON))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }

    public String availableInAreaCode(String areaCode) throws IOException {
        String url = TELNYX_API + "/available_phone_numbers?filter[national_destination_code]=" + areaCode
                + "&filter[country_code]=US&filter[limit]=20";
        return http.execute(ClassicRequestBuilder.get(url)
                        .addHeader("Authorization", "Bearer " + apiKey)
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }
}
