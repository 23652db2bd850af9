package org.harborline.provisioning.thirdparty;

import java.io.IOException;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Secondary carrier for overflow inventory (Twilio), plus Telnyx for address validation.
 */
public class TwilioNumberClient {

    private static final String TWILIO = "https://api.twilio.com/2010-04-01/Accounts/";
    private static final String TELNYX_ADDRESSES = "https://api.telnyx.com/v2/addresses";

    private final CloseableHttpClient http;
    private final String accountSid;

    public TwilioNumberClient(CloseableHttpClient http, String accountSid) {
        this.http = http;
        this.accountSid = accountSid;
    }

    public String localNumbers(String areaCode) throws Exception {
        URIBuilder b = new URIBuilder(TWILIO + accountSid + "/AvailablePhoneNumbers/US/Local.json");
        b.addParameter("AreaCode", areaCode);
        return fetch(b.toString());
    }

    public String addresses() throws IOException {
        return fetch(TWILIO + accountSid + "/Addresses.json");
    }

    public String telnyxAddresses() throws IOException {
        return fetch(TELNYX_ADDRESSES);
    }

    private String fetch(String url) throws IOException {
        return EntityUtils.toString(http.execute(new HttpGet(url)).getEntity());
    }
}
