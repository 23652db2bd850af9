package com.northwind.numbers.iris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Component;

import com.northwind.numbers.config.IrisProperties;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Low-latency number search used by the storefront; OkHttp because the search page fans out
 * several requests in parallel.
 */
@Component
public class NumberSearchOkHttpClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final IrisProperties props;

    public NumberSearchOkHttpClient(OkHttpClient irisOkHttpClient, IrisProperties props) {
        this.http = irisOkHttpClient;
        this.props = props;
    }

    private HttpUrl.Builder account() {
        return HttpUrl.get(IrisPaths.IRIS_HOST).newBuilder()
                .addPathSegments("api/accounts")
                .addPathSegment(props.getAccountId());
    }

    public String searchAvailable(String areaCode, int quantity) {
        HttpUrl url = account()
                .addPathSegment("availableNumbers")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    public String searchNpaNxx(String areaCode) {
        HttpUrl url = HttpUrl.get(props.getBaseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(props.getAccountId())
                .addPathSegment("availableNpaNxx")
                .addEncodedQueryParameter("areaCode", areaCode)
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    public String listE911Addresses() {
        HttpUrl url = HttpUrl.get(props.getBaseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(props.getAccountId())
                .addPathSegment("addresses")
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    public String removeImported(String orderXml) {
        HttpUrl url = HttpUrl.get(props.getBaseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(props.getAccountId())
                .addPathSegment("removeImportedTnOrders")
                .build();
        return execute(new Request.Builder().url(url).post(RequestBody.create(orderXml, XML)).build());
    }

    public String tnDetails(String tn) {
        HttpUrl url = HttpUrl.get(props.getBaseUrl()).newBuilder()
                .addPathSegments("accounts/" + props.getAccountId() + "/tns")
                .addPathSegment(tn)
                .addPathSegment("tndetails")
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    /** Storefront "featured numbers" strip: always the same three vanity numbers. */
    public List<String> featuredNumberDetails() {
        return List.of(tnDetails("8005550199"), tnDetails("8775551234"), tnDetails("+18445550123"));
    }

    public String searchAvailableV2(String areaCode) {
        HttpUrl url = HttpUrl.get("https://dashboard.bandwidth.com/api/v2/").newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(props.getAccountId())
                .addPathSegment("availableNumbers")
                .addQueryParameter("countryCodeA3", "USA")
                .addQueryParameter("areaCode", areaCode)
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    private String execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("Dashboard returned " + response.code());
            }
            return response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
