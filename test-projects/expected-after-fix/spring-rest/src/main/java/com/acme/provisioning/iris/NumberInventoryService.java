package com.acme.provisioning.iris;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Searches, orders and maintains telephone numbers on the Bandwidth Dashboard. */
@Service
public class NumberInventoryService {
    private static final Logger LOG = Logger.getLogger(NumberInventoryService.class.getName());
    private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>(\\d+)</FullNumber>");
    private static final String NOC_HOTLINE = "+19195550100";

    private final RestTemplate rest;
    private final String baseUrl;
    private final String accountId;

    public NumberInventoryService(RestTemplate rest,
                                  @Value("${iris.base-url}") String baseUrl,
                                  @Value("${iris.account-id}") String accountId) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    /** GET availableNumbers filtered by area code. */
    public URI availableNumbersUri(String areaCode, int quantity) {
        return UriComponentsBuilder.fromHttpUrl(baseUrl)
                .path("/accounts/{accountId}/availableNumbers")
                .queryParam("countryCodeA3", "USA")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(accountId)
                .toUri();
    }

    public List<String> searchAvailable(String areaCode, int quantity) {
        LOG.info("Searching https://dashboard.bandwidth.com/api/accounts/" + accountId + "/availableNumbers");
        String xml = rest.getForObject(availableNumbersUri(areaCode, quantity), String.class);
        List<String> numbers = new ArrayList<>();
        Matcher m = FULL_NUMBER.matcher(xml == null ? "" : xml);
        while (m.find()) {
            String tn = m.group(1);
            if (tn.length() == 10) {
                numbers.add(tn);
            }
        }
        return numbers;
    }

    /** Npa of a number the Dashboard returned. */
    public String areaCodeOf(String tn) {
        return tn.substring(0, 3);
    }

    public String inServiceNumbers(String areaCode) {
        URI uri = UriComponentsBuilder.fromHttpUrl(baseUrl)
                .pathSegment("accounts", accountId, "inserviceNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("countryCodeA3", "USA")
                .build()
                .toUri();
        return rest.getForObject(uri, String.class);
    }

    public String e911Address(String addressId) {
        return rest.getForObject(baseUrl + "/accounts/{accountId}/e911Addresses/{addressId}", String.class,
                accountId, addressId);
    }

    public String importOrderHistory(String orderId) {
        return rest.getForObject(baseUrl + "/accounts/" + accountId + "/importTnOrders/messaging/" + orderId + "/history",
                String.class);
    }

    public String hotlineDetails() {
        return rest.getForObject(baseUrl + "/accounts/" + accountId + "/tns/" + NOC_HOTLINE + "/tndetails",
                String.class);
    }

    public void removeExternalTns(String siteId, String sipPeerId, List<String> tns) {
        StringBuilder xml = new StringBuilder("<ExternalTnsOrder><SiteId>").append(siteId)
                .append("</SiteId><SipPeerId>").append(sipPeerId).append("</SipPeerId><Action>REMOVE</Action>")
                .append("<TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        rest.postForObject(baseUrl + "/accounts/" + accountId + "/externalTns", new HttpEntity<>(xml.toString(), headers),
                String.class);
    }

    public String disconnect(String tn) {
        String body = "<DisconnectTelephoneNumberOrder><DisconnectTelephoneNumberOrderType>"
                + "<TelephoneNumberList><TelephoneNumber>" + tn + "</TelephoneNumber></TelephoneNumberList>"
                + "</DisconnectTelephoneNumberOrderType></DisconnectTelephoneNumberOrder>";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return rest.postForObject(baseUrl + "/accounts/" + accountId + "/disconnects", new HttpEntity<>(body, headers),
                String.class);
    }
}
