package net.prairiewave.numbering.messaging;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalTnsServiceTest {

    @Test
    void addExternalPostsImportAction() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()
                .respond("/accounts/9900417/externalTns", 201, "<ExternalTnsOrderResponse/>")) {
            ExternalTnsService service = new ExternalTnsService(Fixtures.http(fake), "2291", "604117");

            service.addExternal("PW-EXT-9", List.of("7012240311", "7012240312"));

            assertEquals("/accounts/9900417/externalTns", fake.only().path());
            assertTrue(fake.only().body().contains("<Action>IMPORT</Action>"));
            assertTrue(fake.only().body().contains("<LoaType>CARRIER</LoaType>"));
        }
    }
}
