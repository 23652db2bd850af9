package org.harborline.provisioning.jaxrs;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;

/**
 * JAX-RS (Jersey) client used by the number-picker screen. Added by the portal team, who
 * preferred WebTarget over our Apache wrapper.
 */
public class NumberSearchResource {

    private final WebTarget account;

    public NumberSearchResource(Client client, String accountId) {
        this.account = client.target("https://dashboard.bandwidth.com/api")
                .path("accounts")
                .path(accountId);
    }

    public WebTarget availableTarget(String areaCode, int quantity) {
        return account.path("availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity);
    }

    public String available(String areaCode, int quantity) {
        return availableTarget(areaCode, quantity).request(MediaType.APPLICATION_XML).get(String.class);
    }

    public String npaNxx(String npa) {
        return account.path("availableNpaNxx")
                .queryParam("areaCode", npa)
                .queryParam("countryCodeA3", "USA")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String e911Address(String addressId) {
        return account.path("addresses").path(addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String tnDetails(String tn) {
        return account.path("tns").path(tn).path("tndetails")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }
}
