package com.acme.own;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own test: nothing in this project is the Dashboard, so fix must leave it alone. */
class AccountsResourceTest {
    @Test
    void ownAddressesStayOnOurServer() {
        AccountsResource resource = new AccountsResource();
        assertEquals("localhost", resource.ownAddresses("42").uri().getHost());
        assertTrue(resource.ownAddresses("42").uri().getPath().endsWith("/42/addresses"));
        assertEquals("messaging.bandwidth.com", resource.messages("9900001").uri().getHost());
    }
}
