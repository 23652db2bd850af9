package com.harborline.numbering.vendors;

import com.harborline.numbering.http.BasicAuthSupport;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/** Carrier / line-type lookups for port-in quotes (Bandwidth Phone Number Lookup, not Dashboard). */
public class NumberLookupClient {

    private static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final CloseableHttpClient http;
    private final String accountId;
    private final String user;
    private final String password;

    public NumberLookupClient(CloseableHttpClient http, String accountId, String user, String password) {
        this.http = http;
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    public String lookup(List<String> e164Numbers) throws IOException {
        String json = e164Numbers.stream().map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(",", "{\"phoneNumbers\":[", "]}"));
        return http.execute(ClassicRequestBuilder.post(LOOKUP_URL.formatted(accountId))
                        .addHeader("Authorization", BasicAuthSupport.header(user, password))
                        .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }
}
