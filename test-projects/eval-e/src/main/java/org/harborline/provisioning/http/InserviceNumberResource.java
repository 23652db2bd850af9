package org.harborline.provisioning.http;

import java.io.IOException;

public class InserviceNumberResource extends AbstractIrisResource {

    public InserviceNumberResource(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return "inserviceNumbers";
    }

    public String byAreaCode(String npa, int page) throws IOException {
        return http.get(buildUrl() + "?areacode=" + npa + "&page=" + page + "&size=500");
    }

    public String byAreaCodeWithCountry(String npa) throws IOException {
        return http.get(buildUrl() + "?countryCodeA3=USA&areaCode=" + npa);
    }
}
