package com.cascadia.numprov.iris;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Portability checks before we promise a customer a port-in date. */
public class LnpCheckClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IrisHttp http;

    public LnpCheckClient(IrisHttp http) {
        this.http = http;
    }

    public JsonNode check(List<String> tns, boolean fullCheck) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode request = root.putObject("NumberPortabilityRequest");
        ArrayNode list = request.putObject("TnList").putArray("Tn");
        tns.forEach(list::add);
        String url = AccountResource.LNP_CHECKER.url(http.baseUrl(), http.accountId()) + "?fullCheck=" + fullCheck;
        return post(url, root);
    }

    /** Weekly smoke test with the numbers in lnp-check.json (our own numbers at other carriers). */
    public JsonNode smokeTest() {
        try (InputStream in = LnpCheckClient.class.getResourceAsStream("/iris/templates/lnp-check.json")) {
            JsonNode body = JSON.readTree(in);
            return post(AccountResource.LNP_CHECKER.url(http.baseUrl(), http.accountId()), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers the check reported as portable. */
    public List<String> portable(JsonNode response) {
        List<String> out = new ArrayList<>();
        for (JsonNode tn : response.path("NumberPortabilityResponse").path("PortableTnList").path("Tn")) {
            out.add(tn.asText());
        }
        return out;
    }

    private JsonNode post(String url, JsonNode body) {
        try {
            return JSON.readTree(http.postJson(url, JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
