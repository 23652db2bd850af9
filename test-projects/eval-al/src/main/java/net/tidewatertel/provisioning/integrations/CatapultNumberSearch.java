package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.NameValuePair;
import org.apache.commons.httpclient.methods.GetMethod;

/**
 * Number search on the old Catapult account that still hosts the fax gateway.
 * Catapult has its own availableNumbers search, unrelated to the Dashboard's.
 */
public class CatapultNumberSearch {

    private final String baseUrl;
    private final String userId;
    private final HttpClient httpClient = new HttpClient();

    public CatapultNumberSearch(String baseUrl, String userId) {
        this.baseUrl = baseUrl;
        this.userId = userId;
    }

    public String searchLocal(String areaCode, int quantity) throws IOException {
        GetMethod get = new GetMethod(baseUrl + "/users/" + userId + "/availableNumbers/local");
        get.setQueryString(new NameValuePair[] {
            new NameValuePair("areaCode", areaCode),
            new NameValuePair("quantity", String.valueOf(quantity))
        });
        try {
            httpClient.executeMethod(get);
            return get.getResponseBodyAsString();
        } finally {
            get.releaseConnection();
        }
    }

    public String searchFaxNumbers(String areaCode) throws IOException {
        GetMethod get = new GetMethod("https://api.catapult.inetwork.com/v1/users/" + userId
                + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=5");
        try {
            httpClient.executeMethod(get);
            return get.getResponseBodyAsString();
        } finally {
            get.releaseConnection();
        }
    }
}
