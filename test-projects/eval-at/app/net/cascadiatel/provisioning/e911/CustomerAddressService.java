package net.cascadiatel.provisioning.e911;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import play.libs.Json;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/**
 * Customer addresses as kept by the CRM, plus postal validation through Lob before anything is
 * sent to the Dashboard as an E911 address.
 */
@Singleton
public class CustomerAddressService {

    private static final String CRM_BASE = "https://crm.cascadiatel.net/api/v1";
    private static final String LOB_VERIFICATIONS = "https://api.lob.com/v1/us_verifications";
    private static final String LOB_ADDRESSES = "https://api.lob.com/v1/addresses";

    private final WSClient ws;
    private final String lobKey;

    @Inject
    public CustomerAddressService(WSClient ws, @Named("environment") String environment) {
        this.ws = ws;
        this.lobKey = System.getenv().getOrDefault("LOB_API_KEY", "test_" + environment);
    }

    public CompletionStage<JsonNode> serviceAddresses(String customerId) {
        return ws.url(CRM_BASE + "/customers/" + customerId + "/addresses")
                .addHeader("Accept", "application/json")
                .get()
                .thenApply(WSResponse::asJson);
    }

    public CompletionStage<JsonNode> verify(E911AddressXml address) {
        ObjectNode body = Json.newObject()
                .put("primary_line", address.getHouseNumber() + " " + address.getStreetName())
                .put("city", address.getCity())
                .put("state", address.getStateCode())
                .put("zip_code", address.getZip());
        return ws.url(LOB_VERIFICATIONS)
                .setAuth(lobKey, "", WSAuthScheme.BASIC)
                .post(body)
                .thenApply(WSResponse::asJson);
    }

    public CompletionStage<JsonNode> saveToAddressBook(String customerId, E911AddressXml address) {
        ObjectNode body = Json.newObject()
                .put("description", "E911 " + customerId)
                .put("address_line1", address.getHouseNumber() + " " + address.getStreetName())
                .put("address_city", address.getCity())
                .put("address_state", address.getStateCode())
                .put("address_zip", address.getZip());
        return ws.url(LOB_ADDRESSES)
                .setAuth(lobKey, "", WSAuthScheme.BASIC)
                .post(body)
                .thenApply(WSResponse::asJson);
    }
}
