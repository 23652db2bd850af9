package net.korvalink.edge.partner;

import org.eclipse.jetty.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where we look when the Dashboard has no inventory in an area code: the old Catapult platform (two
 * legacy IVR customers still live there), Twilio and Telnyx.
 */
@Component
public class AlternateNumberSources {

    private final PartnerHttp http;
    private final String catapultBaseUrl;
    private final String catapultUserId;
    private final String catapultToken;
    private final String catapultSecret;
    private final String twilioSid;
    private final String twilioToken;
    private final String telnyxKey;

    public AlternateNumberSources(PartnerHttp http,
            @Value("${korvalink.catapult.base-url:https://api.catapult.inetwork.com/v1}") String catapultBaseUrl,
            @Value("${korvalink.catapult.user-id}") String catapultUserId,
            @Value("${korvalink.catapult.token}") String catapultToken,
            @Value("${korvalink.catapult.secret}") String catapultSecret,
            @Value("${korvalink.twilio.sid}") String twilioSid,
            @Value("${korvalink.twilio.token}") String twilioToken,
            @Value("${korvalink.telnyx.key}") String telnyxKey) {
        this.http = http;
        this.catapultBaseUrl = catapultBaseUrl;
        this.catapultUserId = catapultUserId;
        this.catapultToken = catapultToken;
        this.catapultSecret = catapultSecret;
        this.twilioSid = twilioSid;
        this.twilioToken = twilioToken;
        this.telnyxKey = telnyxKey;
    }

    public String catapultLocal(String areaCode, int quantity) {
        String url = String.format("%s/users/%s/availableNumbers/local?areaCode=%s&quantity=%d", catapultBaseUrl,
                catapultUserId, areaCode, quantity);
        return http.send("catapult",
                http.withBasicAuth(http.request(url), catapultToken, catapultSecret).method(HttpMethod.GET));
    }

    public String catapultNumbers() {
        return http.send("catapult", http.withBasicAuth(
                http.request("https://api.catapult.inetwork.com/v1/users/" + catapultUserId + "/phoneNumbers"),
                catapultToken, catapultSecret).method(HttpMethod.GET));
    }

    public String twilioLocal(String areaCode) {
        String url = "https://api.twilio.com/2010-04-01/Accounts/" + twilioSid
                + "/AvailablePhoneNumbers/US/Local.json?AreaCode=" + areaCode + "&PageSize=20";
        return http.send("twilio", http.withBasicAuth(http.request(url), twilioSid, twilioToken).method(HttpMethod.GET));
    }

    public String telnyxLocal(String areaCode) {
        return http.send("telnyx", http.request("https://api.telnyx.com/v2/available_phone_numbers")
                .param("filter[country_code]", "US")
                .param("filter[national_destination_code]", areaCode)
                .param("filter[limit]", "20")
                .headers(h -> h.put("Authorization", "Bearer " + telnyxKey))
                .method(HttpMethod.GET));
    }

    public String telnyxAddresses() {
        return http.send("telnyx", http.request("https://api.telnyx.com/v2/addresses")
                .headers(h -> h.put("Authorization", "Bearer " + telnyxKey))
                .method(HttpMethod.GET));
    }
}
