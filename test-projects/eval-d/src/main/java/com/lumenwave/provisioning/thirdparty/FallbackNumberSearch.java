package com.lumenwave.provisioning.thirdparty;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Secondary number sources used when Bandwidth has no inventory in an area code:
 * Twilio, and the old Catapult account some enterprise customers still live on.
 */
@Component
public class FallbackNumberSearch {

    private static final String CATAPULT_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}";

    private final RestClient http = RestClient.create();
    private final String twilioAccountSid;
    private final String catapultUserId;

    public FallbackNumberSearch(@Value("${twilio.account-sid}") String twilioAccountSid,
                                @Value("${catapult.user-id:}") String catapultUserId) {
        this.twilioAccountSid = twilioAccountSid;
        this.catapultUserId = catapultUserId;
    }

    public String twilioLocal(String areaCode, int pageSize) {
        URI uri = UriComponentsBuilder.fromHttpUrl("https://api.twilio.com/2010-04-01")
                .pathSegment("Accounts", twilioAccountSid, "AvailablePhoneNumbers", "US", "Local.json")
                .queryParam("AreaCode", areaCode)
                .queryParam("PageSize", pageSize)
                .build()
                .toUri();
        return http.get().uri(uri).retrieve().body(String.class);
    }

    public String catapultLocal(String areaCode, int quantity) {
        return http.get()
                .uri(CATAPULT_LOCAL, catapultUserId, areaCode, quantity)
                .retrieve()
                .body(String.class);
    }
}
