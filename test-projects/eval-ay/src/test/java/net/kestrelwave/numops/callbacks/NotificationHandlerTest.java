package net.kestrelwave.numops.callbacks;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.db.Database;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.db.PendingActivationDao;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationHandlerTest {

    private PendingActivationDao pending;
    private InventoryDao inventory;
    private NotificationHandler handler;

    @BeforeEach
    void setUp() throws SQLException {
        Database db = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db.migrate();
        pending = new PendingActivationDao(db);
        inventory = new InventoryDao(db);
        handler = new NotificationHandler(new XmlMapper(), pending, inventory, "trunks.test");
        pending.insert("c5ab35bb-8a5d-4c3b-9a0e-3d1c2b7f0a11", "9195550123", "C-1001");
    }

    @Test
    void completedOrderActivatesThePendingNumber() throws IOException, SQLException {
        assertEquals(1, handler.handle(resource("/callbacks/order-complete.xml")));
        assertTrue(pending.findByOrderId("c5ab35bb-8a5d-4c3b-9a0e-3d1c2b7f0a11").isEmpty());
        assertEquals("ACTIVE", inventory.list().get(0).status());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NotificationHandlerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
