package net.lakeshoretel.numbering.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares how many local numbers each supplier can offer per area code: our retired Catapult
 * account and the secondary carrier (Twilio) the retail desk falls back to.
 */
public class NumberPoolComparison {

    private static final String CATAPULT_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";
    private static final String TWILIO_LOCAL =
            "https://api.twilio.com/2010-04-01/Accounts/%s/AvailablePhoneNumbers/US/Local.json";

    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String catapultUserId;
    private final String catapultCredentials;
    private final String twilioSid;
    private final String twilioCredentials;

    public NumberPoolComparison(String catapultUserId, String catapultToken, String catapultSecret,
                                String twilioSid, String twilioToken) {
        this.catapultUserId = catapultUserId;
        this.catapultCredentials = Credentials.basic(catapultToken, catapultSecret);
        this.twilioSid = twilioSid;
        this.twilioCredentials = Credentials.basic(twilioSid, twilioToken);
    }

    public Map<String, Integer> compare(String areaCode, int quantity) throws IOException {
        Map<String, Integer> offered = new LinkedHashMap<>();
        String catapult = String.format(CATAPULT_LOCAL, catapultUserId, areaCode, quantity);
        offered.put("catapult", get(HttpUrl.get(catapult), catapultCredentials).size());

        HttpUrl twilio = HttpUrl.get(String.format(TWILIO_LOCAL, twilioSid)).newBuilder()
                .addQueryParameter("AreaCode", areaCode)
                .addQueryParameter("PageSize", Integer.toString(quantity))
                .build();
        offered.put("twilio", get(twilio, twilioCredentials).path("available_phone_numbers").size());
        return offered;
    }

    private JsonNode get(HttpUrl url, String credentials) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", credentials).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException(url.host() + " answered HTTP " + response.code());
            }
            return json.readTree(response.body().string());
        }
    }
}
