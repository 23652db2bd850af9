package net.harborlinecarrier.tnvault.recon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Base64;

/** Asks the Dashboard for a fresh TN inventory report and hands back its CSV. */
public class InventoryReportFetcher {

    private final HttpClient http;
    private final ReconSettings settings;
    private final String authorization;

    public InventoryReportFetcher(HttpClient http, ReconSettings settings) {
        this.http = http;
        this.settings = settings;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs the instance built from the template resource; returns the instance URL. */
    public String requestInstance() throws IOException, InterruptedException {
        String body = template(settings.instanceTemplate())
                .replace("${accountId}", settings.accountId())
                .replace("${expiresAt}", LocalDate.now().plusDays(2).toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.reportInstancesPath()))
                .timeout(settings.timeout())
                .header("Authorization", authorization)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("report instance rejected: " + response.statusCode() + " " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    public Reader download(String instanceUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instanceUrl + "/file"))
                .timeout(settings.timeout())
                .header("Authorization", authorization)
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        return new InputStreamReader(response.body(), StandardCharsets.UTF_8);
    }

    /** In-service count for the configured area codes, one request for all of them. */
    public String inServiceSnapshot() throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder(settings.inservicePath()).append("?size=5000");
        for (int areaCode : settings.areaCodes()) {
            url.append("&areaCode=").append(areaCode);
        }
        return get(url.toString());
    }

    /** Per-NPA page, used when the snapshot above times out. */
    public String inServicePage(int areaCode, int page) throws IOException, InterruptedException {
        return get(settings.inservicePath() + "?countryCodeA3=USA&areaCode=" + areaCode + "&page=" + page);
    }

    /** Hosted-messaging numbers registered the old way; billed too, so they are part of the diff. */
    public String externalSnapshot() throws IOException, InterruptedException {
        return get(MessageFormat.format("{0}/accounts/{1}/externalTns?status=COMPLETE", settings.baseUrl(),
                settings.accountId()));
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String template(String resource) throws IOException {
        try (InputStream in = InventoryReportFetcher.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
