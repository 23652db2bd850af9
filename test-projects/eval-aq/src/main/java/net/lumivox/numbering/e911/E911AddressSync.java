package net.lumivox.numbering.e911;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Mirrors the E911 addresses of the Dashboard into the CRM, so that field technicians see them.
 */
public class E911AddressSync {

    private static final Logger LOG = LoggerFactory.getLogger(E911AddressSync.class);

    private final HttpRequestFactory requests;
    private final String baseUrl;
    private final String accountId;

    public E911AddressSync(HttpRequestFactory requests, String baseUrl, String accountId) {
        this.requests = requests;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public String fetchAll() throws IOException {
        GenericUrl url = new GenericUrl(baseUrl);
        url.appendRawPath("/accounts/" + accountId + "/addresses");
        url.set("page", 1);
        url.set("size", 250);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String fetchOne(String addressId) throws IOException {
        GenericUrl url = new GenericUrl(String.format("%s/accounts/%s/addresses/%s", baseUrl, accountId, addressId));
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String fetchOneFromSandbox(String sandboxAccount, String addressId) throws IOException {
        GenericUrl url = new GenericUrl(String.format("https://test.dashboard.bandwidth.com/api/accounts/%s/addresses/%s", sandboxAccount, addressId));
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String fetchE911Endpoints() throws IOException {
        GenericUrl url = new GenericUrl(baseUrl + "/accounts/" + accountId + "/e911Addresses");
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public void pushToCrm(String customerId, String addressXml) throws IOException {
        GenericUrl crm = new GenericUrl("https://crm.lumivox.net/api/customers/" + customerId + "/addresses");
        requests.buildPostRequest(crm, ByteArrayContent.fromString("application/xml", addressXml)).execute();
        LOG.debug("Pushed address of {} from {}/accounts/{}/addresses", customerId, baseUrl, accountId);
    }
}
