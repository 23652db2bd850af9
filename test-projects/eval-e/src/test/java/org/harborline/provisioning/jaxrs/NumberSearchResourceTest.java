package org.harborline.provisioning.jaxrs;

import static org.junit.Assert.assertEquals;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;

import org.junit.Test;

public class NumberSearchResourceTest {

    @Test
    public void availableTargetUri() {
        Client client = ClientBuilder.newClient();
        NumberSearchResource resource = new NumberSearchResource(client, "9900123");
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/availableNumbers?areaCode=919&quantity=5",
                resource.availableTarget("919", 5).getUri().toString());
    }
}
