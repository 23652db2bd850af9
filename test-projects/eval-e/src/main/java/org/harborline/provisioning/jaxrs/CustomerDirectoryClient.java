package org.harborline.provisioning.jaxrs;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;

import org.harborline.provisioning.config.HarborlineEndpoints;

/**
 * Reads the customer directory from our own portal API.
 */
public class CustomerDirectoryClient {

    private final WebTarget portal;

    public CustomerDirectoryClient(Client client) {
        this.portal = client.target(HarborlineEndpoints.PORTAL_API);
    }

    public String customersInAreaCode(String areaCode) {
        return portal.path("customers")
                .queryParam("areaCode", areaCode)
                .queryParam("active", true)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    /** Bring-your-own numbers the customer registered in the portal. */
    public String externalNumbers(String customerId) {
        return portal.path("customers").path(customerId).path("externalTns")
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String addresses(String customerId) {
        return portal.path("accounts").path(customerId).path("addresses")
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
