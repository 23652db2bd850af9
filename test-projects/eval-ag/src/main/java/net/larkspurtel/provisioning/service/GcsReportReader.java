package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Streams report CSVs out of Cloud Storage with the function's service account. */
public class GcsReportReader {

    private static final String METADATA_TOKEN =
            "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token";
    private static final String DOWNLOAD = "https://storage.googleapis.com/download/storage/v1/b/%s/o/%s";

    private final HttpRequestFactory requestFactory;

    public GcsReportReader(HttpRequestFactory requestFactory) {
        this.requestFactory = requestFactory;
    }

    public Reader open(String bucket, String objectName) throws IOException {
        GenericUrl url = new GenericUrl(String.format(DOWNLOAD, bucket,
                URLEncoder.encode(objectName, StandardCharsets.UTF_8)));
        url.set("alt", "media");
        HttpRequest request = requestFactory.buildGetRequest(url);
        request.getHeaders().setAuthorization("Bearer " + accessToken());
        return new InputStreamReader(request.execute().getContent(), StandardCharsets.UTF_8);
    }

    public String accessToken() throws IOException {
        HttpRequest request = requestFactory.buildGetRequest(new GenericUrl(METADATA_TOKEN));
        request.getHeaders().set("Metadata-Flavor", "Google");
        JsonObject token = JsonParser.parseString(request.execute().parseAsString()).getAsJsonObject();
        return token.get("access_token").getAsString();
    }
}
