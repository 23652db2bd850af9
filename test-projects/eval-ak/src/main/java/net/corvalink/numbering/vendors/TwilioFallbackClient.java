package net.corvalink.numbering.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.fluent.Form;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.net.URIBuilder;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Second carrier for toll-free overflow and for customers outside our
 * Bandwidth footprint.
 */
public class TwilioFallbackClient {

    private static final String API = "https://api.twilio.com/2010-04-01/Accounts/";

    private final ObjectMapper json = new ObjectMapper();
    private final String accountSid;
    private final String authToken;

    public TwilioFallbackClient(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    public List<String> localNumbers(String areaCode) throws IOException, URISyntaxException {
        String body = Request.get(new URIBuilder(API + accountSid + "/AvailablePhoneNumbers/US/Local.json")
                        .addParameter("AreaCode", areaCode)
                        .addParameter("SmsEnabled", "true")
                        .build())
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .execute()
                .returnContent()
                .asString();
        List<String> numbers = new ArrayList<>();
        json.readTree(body).path("available_phone_numbers").forEach(n -> numbers.add(n.path("phone_number").asText()));
        return numbers;
    }

    public String createAddress(String customerName, String street, String city, String region, String postalCode)
            throws IOException {
        String body = Request.post(API + accountSid + "/Addresses.json")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyForm(Form.form()
                        .add("CustomerName", customerName)
                        .add("Street", street)
                        .add("City", city)
                        .add("Region", region)
                        .add("PostalCode", postalCode)
                        .add("IsoCountry", "US")
                        .add("EmergencyEnabled", "true")
                        .build())
                .execute()
                .returnContent()
                .asString();
        JsonNode address = json.readTree(body);
        return address.path("sid").asText();
    }

    public void buy(String e164, String addressSid) throws IOException {
        Request.post(API + accountSid + "/IncomingPhoneNumbers.json")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyForm(Form.form().add("PhoneNumber", e164).add("AddressSid", addressSid).build())
                .execute()
                .discardContent();
    }

    public void cnamLookup(String tenDigit) throws IOException {
        Request.get("https://lookups.twilio.com/v2/PhoneNumbers/" + tenDigit + "?CountryCode=US&Fields=caller_name")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .execute()
                .discardContent();
    }

    private String auth() {
        String pair = accountSid + ":" + authToken;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
