package net.halyardcomm.backoffice.e911;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.halyardcomm.backoffice.config.DashboardEndpoints;
import net.halyardcomm.backoffice.http.DashboardException;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.http.QueryString;
import net.halyardcomm.backoffice.http.UriTemplate;
import net.halyardcomm.backoffice.xml.E911AddressXml;
import net.halyardcomm.backoffice.xml.JaxbCodec;

/**
 * E911 service addresses kept on the Dashboard account. Every number we sell must point at
 * one of these before it is activated (see ActivationChecklist in the wiki).
 */
public class E911AddressClient {

    private static final Logger LOG = Logger.getLogger(E911AddressClient.class.getName());
    private static final Pattern ADDRESS_BLOCK = Pattern.compile("<Address>.*?</Address>", Pattern.DOTALL);
    private static final UriTemplate ONE_ADDRESS = UriTemplate.of("/accounts/{accountId}/addresses/{addressId}");

    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final String accountId;

    public E911AddressClient(DashboardHttp http, JaxbCodec codec, String accountId) {
        this.http = http;
        this.codec = codec;
        this.accountId = accountId;
    }

    public List<E911AddressXml> list(int page, int size) {
        String path = "/accounts/" + accountId + DashboardEndpoints.E911_ADDRESSES
                + QueryString.create().page(page, size).build();
        HttpResult result = http.get(path);
        if (!result.isSuccess()) {
            throw new DashboardException("cannot list E911 addresses", result.status());
        }
        List<E911AddressXml> addresses = new ArrayList<E911AddressXml>();
        Matcher m = ADDRESS_BLOCK.matcher(result.body());
        while (m.find()) {
            addresses.add(codec.unmarshal(m.group(), E911AddressXml.class));
        }
        return addresses;
    }

    public E911AddressXml get(String addressId) {
        HttpResult result = http.get(ONE_ADDRESS.expand("accountId", accountId, "addressId", addressId));
        return codec.unmarshal(result.body(), E911AddressXml.class);
    }

    public String create(E911AddressXml address) {
        HttpResult result = http.post(String.format("/accounts/%s/addresses", accountId), codec.marshal(address));
        if (result.status() != 201) {
            throw new DashboardException("E911 address rejected: " + result.body(), result.status());
        }
        LOG.info("created E911 address " + result.createdId() + " via POST /api/accounts/" + accountId + "/addresses");
        return result.createdId();
    }

    public void delete(String addressId) {
        http.delete("/accounts/" + accountId + "/addresses/" + addressId);
    }

    /** New-style lookup the v2 docs describe; used by the migration dry run only. */
    public HttpResult listViaE911Resource() {
        return http.get("/accounts/" + accountId + "/e911Addresses");
    }
}
