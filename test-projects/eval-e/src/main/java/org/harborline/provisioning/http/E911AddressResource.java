package org.harborline.provisioning.http;

import java.io.IOException;

/**
 * E911 service addresses registered on the Bandwidth account.
 */
public class E911AddressResource extends AbstractIrisResource {

    public E911AddressResource(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return "addresses";
    }

    public String create(String addressXml) throws IOException {
        return http.post(buildUrl(), addressXml);
    }
}
