package net.lakeshoretel.numbering.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.lakeshoretel.numbering.callback.CompletedNumbersFunction.PendingActivation;
import net.lakeshoretel.numbering.callback.CompletedNumbersFunction.PendingActivationStore;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Client of our own provisioning service: pending activations, subscribers' service addresses and
 * the coverage the sales tools show. Its numbers are national, as everywhere in the OSS.
 */
public class ProvisioningApiClient implements PendingActivationStore {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public ProvisioningApiClient(String baseUrl) {
        this.base = HttpUrl.get(baseUrl);
    }

    public static ProvisioningApiClient production() {
        return new ProvisioningApiClient("https://provisioning.lakeshoretel.net/api/");
    }

    @Override
    public Optional<PendingActivation> findByTenDigitTn(String tn) {
        HttpUrl url = base.newBuilder().addPathSegment("pending-activations").addPathSegment(tn).build();
        JsonNode node = getJson(url);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(new PendingActivation(node.path("activationId").asText(), tn,
                node.path("billingAccount").asText()));
    }

    @Override
    public void markConfirmed(String tn) {
        HttpUrl url = base.newBuilder().addPathSegments("pending-activations/" + tn + "/confirm").build();
        execute(new Request.Builder().url(url).post(RequestBody.create("{}", JSON)).build());
    }

    /** Service addresses on file for a billing account (used to prefill E911 requests). */
    public JsonNode serviceAddresses(String billingAccount) {
        return getJson(HttpUrl.get("https://provisioning.lakeshoretel.net/api/accounts/" + billingAccount + "/addresses"));
    }

    /** Coverage of an area code as shown by the sales tools. */
    public JsonNode coverage(String areaCode) {
        return getJson(base.newBuilder().addPathSegment("coverage").addQueryParameter("areaCode", areaCode).build());
    }

    private JsonNode getJson(HttpUrl url) {
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (response.code() == 404 || response.body() == null) {
                return null;
            }
            return json.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void execute(Request request) {
        try (Response ignored = http.newCall(request).execute()) {
            // fire and forget, the service is idempotent
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
