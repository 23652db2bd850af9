package com.bluepinenet.cdrpipeline.vendor;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Secondary supplier for numbers in rate centers Bandwidth cannot fill. */
@Component
public class TwilioNumberSearch {

    private static final String BASE = "https://api.twilio.com/2010-04-01/Accounts/%s";

    private final RestTemplate rest;
    private final String accountSid;

    public TwilioNumberSearch(RestTemplateBuilder builder,
                              @Value("${twilio.account-sid:}") String accountSid,
                              @Value("${twilio.auth-token:}") String authToken) {
        this.rest = builder.basicAuthentication(accountSid, authToken).build();
        this.accountSid = accountSid;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> localNumbers(String areaCode) {
        String url = BASE.formatted(accountSid) + "/AvailablePhoneNumbers/US/Local.json?AreaCode=" + areaCode + "&PageSize=20";
        return rest.getForObject(url, Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> addresses() {
        return rest.getForObject(BASE.formatted(accountSid) + "/Addresses.json", Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> incomingNumber(String sid) {
        return rest.getForObject(BASE.formatted(accountSid) + "/IncomingPhoneNumbers/" + sid + ".json", Map.class);
    }
}
