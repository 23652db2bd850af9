package net.larkspurtel.provisioning.service;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import net.larkspurtel.provisioning.model.E911AddressXml;

/** Asks the geo team's address service whether an E911 address is deliverable. */
public class AddressValidator {

    private static final String GEO_BASE = "https://geo.larkspurtel.net/v3/accounts/";

    private final HttpRequestFactory requestFactory;
    private final String geoAccount;
    private final Gson gson = new Gson();

    public AddressValidator(HttpRequestFactory requestFactory, String geoAccount) {
        this.requestFactory = requestFactory;
        this.geoAccount = geoAccount;
    }

    public void requireDeliverable(E911AddressXml address) throws IOException {
        GenericUrl url = new GenericUrl(GEO_BASE + geoAccount + "/addresses");
        url.set("validate", true);
        String json = gson.toJson(address);
        String answer = requestFactory.buildPostRequest(url, ByteArrayContent.fromString("application/json", json))
                .execute().parseAsString();
        JsonObject result = gson.fromJson(answer, JsonObject.class);
        if (!result.get("deliverable").getAsBoolean()) {
            throw new IllegalArgumentException("Address is not deliverable: " + result.get("reason"));
        }
    }
}
