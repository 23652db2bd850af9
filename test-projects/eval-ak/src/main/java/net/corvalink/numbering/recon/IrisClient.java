package net.corvalink.numbering.recon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Client for IRIS, the finance team's Inventory Reconciliation and Integrity
 * Service. It keeps the billed-number ledger we reconcile against.
 */
public class IrisClient {

    private static final String BASE = "https://iris.finance.corvalink.net/api/accounts/";

    private final ObjectMapper json = new ObjectMapper();
    private final String ledgerAccount;
    private final String authorization;

    public IrisClient(String ledgerAccount, String user, String password) {
        this.ledgerAccount = ledgerAccount;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<String> billedNumbers() throws IOException {
        JsonNode page = json.readTree(Request.get(BASE + ledgerAccount + "/numbers?state=billed")
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .execute()
                .returnContent()
                .asString());
        List<String> tns = new ArrayList<>();
        page.path("numbers").forEach(n -> tns.add(n.asText()));
        return tns;
    }

    public void reportMismatch(String tn, String reason, String invoiceNumber) throws IOException {
        String body = json.createObjectNode()
                .put("tn", tn)
                .put("reason", reason)
                .put("invoice", invoiceNumber)
                .toString();
        Request.post(BASE + ledgerAccount + "/mismatches")
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .bodyString(body, ContentType.APPLICATION_JSON)
                .execute()
                .discardContent();
    }
}
