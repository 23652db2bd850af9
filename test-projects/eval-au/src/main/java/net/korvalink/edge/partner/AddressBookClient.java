package net.korvalink.edge.partner;

import java.util.List;

import org.eclipse.jetty.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our address-book service, and Smarty for street validation. */
@Component
public class AddressBookClient {

    public record ServiceAddress(String id, String line1, String city, String state, String zip) {
    }

    private final PartnerHttp http;
    private final ObjectMapper json;
    private final String addressBookUrl;
    private final String smartyAuthId;
    private final String smartyToken;

    public AddressBookClient(PartnerHttp http, ObjectMapper json,
            @Value("${korvalink.address-book.url}") String addressBookUrl,
            @Value("${korvalink.smarty.auth-id}") String smartyAuthId,
            @Value("${korvalink.smarty.auth-token}") String smartyToken) {
        this.http = http;
        this.json = json;
        this.addressBookUrl = addressBookUrl;
        this.smartyAuthId = smartyAuthId;
        this.smartyToken = smartyToken;
    }

    public List<ServiceAddress> addresses(String customerId) {
        String body = http.send("address-book",
                http.request(addressBookUrl + "/api/accounts/" + customerId + "/addresses").method(HttpMethod.GET));
        try {
            return json.readValue(body, new TypeReference<List<ServiceAddress>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("address-book answered with unreadable JSON", e);
        }
    }

    public String validate(String street, String city, String state, String zip) {
        return http.send("smarty", http.request("https://us-street.api.smarty.com/street-address")
                .param("auth-id", smartyAuthId)
                .param("auth-token", smartyToken)
                .param("street", street)
                .param("city", city)
                .param("state", state)
                .param("zipcode", zip)
                .method(HttpMethod.GET));
    }
}
