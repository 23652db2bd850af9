package net.lakeshoretel.numbering.ops;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;

/**
 * Client of IRIS, the operations team's incident register. Not to be confused with Bandwidth's
 * Dashboard, which Bandwidth also calls Iris.
 */
public class IrisClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final String baseUrl;
    private final String team;
    private final String token;
    private final OkHttpClient http = new OkHttpClient();

    public IrisClient(String baseUrl, String team, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.team = team;
        this.token = token;
    }

    /** Opens (or bumps) an incident; returns its id. */
    public String raise(String key, String severity, String summary) throws IOException {
        String body = "{\"team\":\"" + team + "\",\"dedupKey\":\"" + key + "\",\"severity\":\"" + severity
                + "\",\"summary\":\"" + summary.replace("\"", "'") + "\"}";
        Request request = new Request.Builder()
                .url(baseUrl + "v1/incidents")
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("IRIS refused incident: HTTP " + response.code());
            }
            return response.header("X-Incident-Id");
        }
    }
}
