package com.acme.numbers;

import com.acme.iris.config.IrisEndpoints;

import java.net.URI;

/** Syncs E911 addresses; its only link to the Dashboard is the base URL from the iris-config module. */
public class E911Sync {
    public URI addresses(String accountId) {
        return URI.create(IrisEndpoints.BASE_URL + "/accounts/" + accountId + "/e911Addresses");
    }

    public URI ownApi(String accountId) {
        return URI.create("http://localhost:8080/api/accounts/" + accountId + "/addresses");
    }
}
