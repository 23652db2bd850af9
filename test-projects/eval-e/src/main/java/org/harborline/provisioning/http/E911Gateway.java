package org.harborline.provisioning.http;

import java.io.IOException;
import java.text.MessageFormat;

/**
 * E911 lookups used by the activation wizard. The v2 read path was added for the new
 * wizard; the old screens still call {@link #fetch(String)} and {@link #listAll()}.
 */
public class E911Gateway {

    private static final String ADDRESS_URL = "%s/accounts/%s/addresses/%s";
    private static final String V2_ADDRESSES = "https://dashboard.bandwidth.com/api/v2/accounts/%s/e911Addresses";

    private final IrisHttpClient http;
    private final String baseUrl;
    private final String accountId;

    public E911Gateway(IrisHttpClient http, String baseUrl, String accountId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public String fetch(String addressId) throws IOException {
        return http.get(String.format(ADDRESS_URL, baseUrl, accountId, addressId));
    }

    public String listAll() throws IOException {
        return http.get(MessageFormat.format("{0}/accounts/{1}/addresses", baseUrl, accountId));
    }

    public String listForNewWizard() throws IOException {
        return http.get(String.format(V2_ADDRESSES, accountId));
    }
}
