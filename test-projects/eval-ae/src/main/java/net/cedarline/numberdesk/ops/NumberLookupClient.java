package net.cedarline.numberdesk.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Carrier/line-type lookups before we accept a port request (Bandwidth Number Lookup v2). */
public class NumberLookupClient {

    private static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final String accountId;
    private final String authorization;

    public NumberLookupClient(String accountId, String authorization) {
        this.accountId = accountId;
        this.authorization = authorization;
    }

    public String startLookup(List<String> e164Numbers) throws IOException {
        String numbers = e164Numbers.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
        String json = "{\"phoneNumbers\":[" + numbers + "]}";
        HttpURLConnection conn = (HttpURLConnection) new URL(String.format(LOOKUP_URL, accountId)).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("Authorization", authorization);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }

    public String lookupSupportLine() throws IOException {
        return startLookup(List.of("+19195550100"));
    }
}
