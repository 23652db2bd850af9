package net.prairiewave.numbering.e911;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.inventory.AuditLog;

import java.time.Instant;
import java.util.List;

/**
 * Creates (or reuses) the E911 address for a customer site and registers the emergency
 * endpoints for its numbers.
 */
public class E911Provisioner {

    /** Dispatch centre's admin line, used when a customer has no callback number on file. */
    static final String PSAP_FALLBACK_CALLBACK = "6053677000";

    private final E911AddressClient addresses;
    private final DashboardHttp http;
    private final AuditLog audit;

    public E911Provisioner(E911AddressClient addresses, DashboardHttp http, AuditLog audit) {
        this.addresses = addresses;
        this.http = http;
        this.audit = audit;
    }

    public String provision(E911Address address, List<String> tns, String callbackNumber) {
        String addressId = addresses.createAddress(address);
        String callback = callbackNumber == null ? PSAP_FALLBACK_CALLBACK : callbackNumber;
        for (String tn : tns) {
            http.postXml("/accounts/" + http.accountId() + "/e911s",
                    AddressXml.emergencyEndpoint(addressId, callback, address.callerName()).replace(
                            "</E911Order>", "<TelephoneNumber>" + tn + "</TelephoneNumber></E911Order>"));
        }
        JsonObject entry = Json.createObjectBuilder()
                .add("event", "e911.provisioned")
                .add("addressId", addressId)
                .add("address", address.oneLine())
                .add("numbers", Json.createArrayBuilder(tns))
                .add("at", Instant.now().getEpochSecond())
                .build();
        audit.append(entry);
        return addressId;
    }
}
