package com.quillcrest.provisioning.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * E911 job from 2018: re-reads the E911 addresses of every trunk once a week and reports the
 * ones the Dashboard marks invalid. Uses the SDK client only for its URL building and auth.
 */
public class LegacyE911Provisioner {

    private final IrisClient client;

    public LegacyE911Provisioner(String accountId, String user, String password) {
        this.client = new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "v1.0");
    }

    public String fetchAddress(String addressId) throws Exception {
        IrisResponse response = client.get(client.buildAccountModelUri(new String[]{"addresses", addressId}));
        return response.getResponseBody();
    }

    public String fetchInvalidAddresses() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "INVALID");
        return client.get(client.buildAccountModelUri(new String[]{"addresses"}, query)).getResponseBody();
    }

    public Map<String, String> summary() {
        return Collections.singletonMap("client", client.getClass().getName());
    }
}
