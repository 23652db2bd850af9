package com.harborline.numbering.vendors;

import com.harborline.numbering.http.BasicAuthSupport;
import java.io.IOException;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;

/** Secondary carrier: when Bandwidth has no stock in an NPA we try Twilio before telling sales. */
public class TwilioFallbackClient {

    private static final String TWILIO_API = "https://api.twilio.com/2010-04-01";

    private final CloseableHttpClient http;
    private final String accountSid;
    private final String authToken;

    public TwilioFallbackClient(CloseableHttpClient http, String accountSid, String authToken) {
        this.http = http;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    public String searchLocal(String areaCode, int pageSize) throws IOException, URISyntaxException {
        var uri = new URIBuilder(TWILIO_API)
                .appendPath("/Accounts/" + accountSid + "/AvailablePhoneNumbers/US/Local.json")
                .addParameter("AreaCode", areaCode)
                .addParameter("PageSize", String.valueOf(pageSize))
                .build();
        return http.execute(ClassicRequestBuilder.get(uri)
                        .addHeader("Authorization", BasicAuthSupport.header(accountSid, authToken))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }

    public String buy(String e164) throws IOException {
        return http.execute(ClassicRequestBuilder.post(TWILIO_API + "/Accounts/" + accountSid + "/IncomingPhoneNumbers.json")
                        .addHeader("Authorization", BasicAuthSupport.header(accountSid, authToken))
                        .addParameter("PhoneNumber", e164)
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }
}
