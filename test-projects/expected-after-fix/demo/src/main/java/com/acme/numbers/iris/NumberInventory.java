package com.acme.numbers.iris;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/** Searches, orders and provisions numbers through the Dashboard API. */
public class NumberInventory {
    private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
    private static final long CACHE_TTL_EPOCH = 1700000000L;
    private final String accountId;
    private int areaCode = 919;

    public NumberInventory(String accountId) {
        this.accountId = accountId;
    }

    public URI search(String areaCode) {
        return URI.create(BASE + "/accounts/" + accountId + "/availableNumbers?countryCodeA3=USA&areaCode=" + areaCode + "&quantity=5");
    }

    public HttpRequest order(String siteId) {
        String body = """
                <Order>
                  <SiteId>%s</SiteId>
                  <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                      <TelephoneNumber>+19195551234</TelephoneNumber>
                    </TelephoneNumberList>
                  </ExistingTelephoneNumberOrderType>
                </Order>
                """.formatted(siteId);
        return HttpRequest.newBuilder(URI.create(BASE + "/accounts/" + accountId + "/orders"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public HttpRequest enableSms(String siteId, String peerId, String tn) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>";
        return HttpRequest.newBuilder(URI.create(BASE + "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + peerId
                + "/tns/" + tn)).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Numbers of the account's in-service list, as the Dashboard returns them. */
    public List<String> localNumbers(List<String> inService) {
        return inService.stream().filter(tn -> tn.length() == 10).toList();
    }

    public int areaCode() {
        return areaCode;
    }

    /** Not a phone number: a cache expiry and a limit. */
    public Map<String, Long> limits() {
        return Map.of("expires", CACHE_TTL_EPOCH, "max", 2147483647L);
    }
}
