package net.prairiewave.numbering.e911;

import jakarta.json.Json;
import net.prairiewave.numbering.inventory.AuditLog;
import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordedRequest;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911ProvisionerTest {

    @TempDir
    Path tmp;

    @Test
    void createsAddressThenOneEndpointPerNumber() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()) {
            fake.respond("/accounts/9900417/addresses", 201,
                    "<AddressCreationResponse><AddressId>AD-7</AddressId></AddressCreationResponse>");
            fake.respond("/accounts/9900417/e911s", 201, "<E911OrderResponse/>");
            var http = Fixtures.http(fake);
            Path auditFile = tmp.resolve("audit.jsonl");
            E911Provisioner provisioner = new E911Provisioner(new E911AddressClient(http), http, new AuditLog(auditFile));

            String id = provisioner.provision(
                    new E911Address("12", "Main", "St", null, "Brandon", "SD", "57005", null, "Brandon Hardware"),
                    List.of("6055820110", "6055820111"),
                    "6055820100");

            assertEquals("AD-7", id);
            List<RecordedRequest> requests = fake.requests();
            assertEquals(3, requests.size());
            assertEquals("/accounts/9900417/addresses", requests.get(0).path());
            assertTrue(requests.get(1).body().contains("<CallbackNumber>6055820100</CallbackNumber>"));
            String audit = Files.readString(auditFile);
            assertTrue(audit.contains(Json.createValue("e911.provisioned").toString()));
        }
    }
}
