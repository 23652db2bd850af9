package net.tidewaterconnect.numbering.vendor;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Second-source numbers for the contact-center product when Bandwidth has no stock in an NPA. */
@Component
public class TwilioFallbackClient {

    private final RestClient twilio;
    private final String accountSid;

    public TwilioFallbackClient(RestClient.Builder builder,
            @Value("${tidewater.twilio.account-sid}") String accountSid,
            @Value("${tidewater.twilio.auth-token}") String authToken) {
        this.twilio = builder.clone()
                .baseUrl("https://api.twilio.com/2010-04-01")
                .defaultUriVariables(Map.of("sid", accountSid))
                .defaultHeaders(h -> h.setBasicAuth(accountSid, authToken))
                .build();
        this.accountSid = accountSid;
    }

    public String searchLocal(String areaCode) {
        return twilio.get()
                .uri("/Accounts/{sid}/AvailablePhoneNumbers/US/Local.json?AreaCode={ac}&PageSize=20", accountSid, areaCode)
                .retrieve()
                .body(String.class);
    }

    public String registerEmergencyAddress(String customerName, String street, String city, String region,
            String postalCode) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("CustomerName", customerName);
        form.add("Street", street);
        form.add("City", city);
        form.add("Region", region);
        form.add("PostalCode", postalCode);
        form.add("IsoCountry", "US");
        form.add("EmergencyEnabled", "true");
        return twilio.post()
                .uri("/Accounts/{sid}/Addresses.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(String.class);
    }

    public String listAddresses() {
        return twilio.get().uri("https://api.twilio.com/2010-04-01/Accounts/{sid}/Addresses.json").retrieve()
                .body(String.class);
    }
}
