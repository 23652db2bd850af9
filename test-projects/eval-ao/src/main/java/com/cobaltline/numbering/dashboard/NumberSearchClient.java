package com.cobaltline.numbering.dashboard;

import java.net.URI;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriBuilder;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.util.TnXml;

/**
 * Searches for available numbers before an order is placed. The portal calls
 * {@link #searchByAreaCode} while the customer types.
 */
public class NumberSearchClient {

    private final WebClient template;
    private final DashboardSettings settings;

    public NumberSearchClient(DashboardSettings settings) {
        this(WebClient.create(settings.getBaseUrl(), settings.getUsername(), settings.getPassword(), null), settings);
    }

    NumberSearchClient(WebClient template, DashboardSettings settings) {
        this.template = template;
        this.settings = settings;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        String xml = WebClient.fromClient(template)
                .path("accounts").path(settings.getAccountId()).path("availableNumbers")
                .query("areaCode", areaCode)
                .query("quantity", quantity)
                .accept(MediaType.APPLICATION_XML)
                .get(String.class);
        List<String> numbers = TnXml.telephoneNumbers(xml);
        numbers.removeIf(tn -> tn.length() != 10);
        return numbers;
    }

    /** Vanity search, e.g. 919 + "CAKE". */
    public List<String> vanity(String areaCode, String pattern) {
        URI uri = UriBuilder.fromUri(settings.getBaseUrl())
                .path("accounts/{accountId}/availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("localVanity", pattern)
                .queryParam("endsIn", true)
                .build(settings.getAccountId());
        String xml = WebClient.create(uri.toString(), settings.getUsername(), settings.getPassword(), null)
                .accept(MediaType.APPLICATION_XML)
                .get(String.class);
        return TnXml.telephoneNumbers(xml);
    }

    /** One request for several overlay area codes (919/984, 704/980 ...). */
    public List<String> overlaySearch(List<String> areaCodes, int quantity) {
        StringBuilder query = new StringBuilder("quantity=").append(quantity);
        for (String areaCode : areaCodes) {
            query.append("&areaCode=").append(areaCode);
        }
        String xml = WebClient.fromClient(template)
                .path("accounts").path(settings.getAccountId()).path("availableNumbers")
                .replaceQuery(query.toString())
                .accept(MediaType.APPLICATION_XML)
                .get(String.class);
        return TnXml.telephoneNumbers(xml);
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        String xml = WebClient.fromClient(template)
                .path("accounts").path(settings.getAccountId()).path("availableNumbers")
                .query("rateCenter", rateCenter)
                .query("state", state)
                .query("quantity", quantity)
                .accept(MediaType.APPLICATION_XML)
                .get(String.class);
        return TnXml.telephoneNumbers(xml);
    }

    /** Used by the capacity report; that request already follows the new filter rules. */
    public int countInAreaCode(String areaCode) {
        String xml = WebClient.fromClient(template)
                .path("accounts").path(settings.getAccountId()).path("availableNumbers")
                .query("countryCodeA3", settings.getCountryCode())
                .query("areaCode", areaCode)
                .query("quantity", 5000)
                .accept(MediaType.APPLICATION_XML)
                .get(String.class);
        return TnXml.telephoneNumbers(xml).size();
    }
}
