package net.cascadiatel.provisioning.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import play.libs.Json;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/** Our billing system (Cascadia BSS). Account numbers are 10 digits: region (3) + sequence (7). */
@Singleton
public class BillingAccountClient {

    /** House account that absorbs the NOC and probe lines. */
    public static final String HOUSE_ACCOUNT = "5038812204";
    private static final long FIRST_BILL_RUN_EPOCH = 1704067200L;
    private static final int MAX_INVOICE_ID = 2147483647;

    private final WSClient ws;
    private final String baseUrl;

    @Inject
    public BillingAccountClient(WSClient ws, @Named("billing.baseUrl") String baseUrl) {
        this.ws = ws;
        this.baseUrl = baseUrl;
    }

    public CompletionStage<JsonNode> account(String accountNumber) {
        return ws.url(baseUrl + "/api/accounts/" + accountNumber)
                .addHeader("Accept", "application/json")
                .get()
                .thenApply(WSResponse::asJson);
    }

    public CompletionStage<JsonNode> addresses(String accountNumber) {
        return ws.url("https://bss.cascadiatel.net/api/accounts/" + accountNumber + "/addresses")
                .get()
                .thenApply(WSResponse::asJson);
    }

    public CompletionStage<WSResponse> addRecurringCharge(String accountNumber, String tn, String product) {
        ObjectNode charge = Json.newObject()
                .put("account", accountNumber)
                .put("product", product)
                .put("serviceId", tn)
                .put("startsAt", Instant.now().getEpochSecond());
        return ws.url(baseUrl + "/api/accounts/" + accountNumber + "/charges")
                .setContentType("application/json")
                .post(charge);
    }

    public static boolean isValidAccountNumber(String accountNumber) {
        return accountNumber != null && accountNumber.length() == 10 && accountNumber.matches("\\d{10}");
    }

    public static String region(String accountNumber) {
        return accountNumber.substring(0, 3);
    }

    public static boolean billedSinceLaunch(long epochSeconds) {
        return epochSeconds >= FIRST_BILL_RUN_EPOCH && epochSeconds < MAX_INVOICE_ID;
    }

    public CompletionStage<JsonNode> houseAccount() {
        return account(HOUSE_ACCOUNT);
    }

    public CompletionStage<JsonNode> invoice(long invoiceNumber) {
        return ws.url(baseUrl + "/api/invoices/" + invoiceNumber).get().thenApply(WSResponse::asJson);
    }

    public CompletionStage<JsonNode> legacyInvoice() {
        return invoice(4402918837L);
    }
}
