package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;

/** {@code numbers e911 list|delete|move|front-desk}: E911 addresses of the account. */
public class E911Command {

    private static final MediaType XML = MediaType.get("application/xml");

    private final IrisClient client;
    private final CliConfig config;
    private final OkHttpClient http = new OkHttpClient();

    public E911Command(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    // GET /accounts/{id}/addresses: every E911 address of the account, with its TN count
    public String list() throws Exception {
        IrisResponse response = client.get(client.buildAccountModelUri(new String[]{"addresses"}));
        return response.getResponseBody();
    }

    public void delete(String addressId) throws Exception {
        IrisResponse response = client.delete(client.buildAccountModelUri(new String[]{"addresses", addressId}));
        if (!response.isOK()) {
            throw new IOException("delete of E911 address " + addressId + " failed: " + response.getStatusCode());
        }
    }

    /** Updates an address after the subscriber moved; validates it with Smarty first. */
    public void move(String addressId, String houseNumber, String street, String city, String state, String zip)
            throws IOException {
        if (!deliverable(houseNumber + " " + street, city, state, zip)) {
            throw new IllegalArgumentException("address not deliverable: " + street + ", " + city);
        }
        String path = new StringBuilder("/accounts/")
                .append(config.getAccountId())
                .append("/addresses/")
                .append(addressId)
                .toString();
        String xml = "<Address><HouseNumber>" + houseNumber + "</HouseNumber><StreetName>" + street
                + "</StreetName><City>" + city + "</City><StateCode>" + state + "</StateCode><Zip>" + zip
                + "</Zip><AddressType>E911</AddressType></Address>";
        execute(new Request.Builder().url(config.getUri() + path).put(RequestBody.create(xml, XML)));
    }

    /** E911 record of the Grand Rapids front desk line (re-run after the office moved, NUM-2150). */
    public void frontDesk() throws IOException {
        String xml = """
                <E911Order>
                    <CustomerOrderId>front-desk-e911</CustomerOrderId>
                    <Address>
                        <HouseNumber>200</HouseNumber>
                        <StreetName>Monroe Ave NW</StreetName>
                        <City>Grand Rapids</City>
                        <StateCode>MI</StateCode>
                        <Zip>49503</Zip>
                        <AddressType>Service</AddressType>
                    </Address>
                    <CallerName>%s</CallerName>
                    <TelephoneNumbers>
                        <TelephoneNumber>6165550191</TelephoneNumber>
                    </TelephoneNumbers>
                </E911Order>
                """.formatted(config.getE911().getCallerName());
        execute(new Request.Builder()
                .url(config.getUri() + "/accounts/" + config.getAccountId() + "/e911s")
                .post(RequestBody.create(xml, XML)));
    }

    boolean deliverable(String street, String city, String state, String zip) throws IOException {
        HttpUrl url = HttpUrl.get(config.getE911().getValidationUrl()).newBuilder()
                .addQueryParameter("auth-id", System.getenv("SMARTY_AUTH_ID"))
                .addQueryParameter("auth-token", System.getenv("SMARTY_AUTH_TOKEN"))
                .addQueryParameter("street", street)
                .addQueryParameter("city", city)
                .addQueryParameter("state", state)
                .addQueryParameter("zipcode", zip)
                .build();
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            JsonNode candidates = new ObjectMapper().readTree(response.body() == null ? "[]" : response.body().string());
            return candidates.size() > 0;
        }
    }

    private void execute(Request.Builder request) throws IOException {
        request.header("Authorization", Credentials.basic(config.getUsername(), config.getPassword()));
        try (Response response = http.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Dashboard answered HTTP " + response.code());
            }
        }
    }
}
