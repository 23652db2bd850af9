package com.tallgrassvoice.portwell.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tallgrassvoice.portwell.store.PortRepository.PortRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortRepositoryTest {

    private Db db;

    @BeforeEach
    void setUp() throws Exception {
        db = new Db("jdbc:h2:mem:portwell;DB_CLOSE_DELAY=-1;MODE=PostgreSQL", "sa", "");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
            st.execute(read("/db/schema.sql"));
        }
        PortRepository repo = new PortRepository(db);
        repo.insert(new PortRequest(1, "3365550142", "ACME", null, "PENDING", null));
        repo.insert(new PortRequest(2, "9195550199", "BLUEHERON", "d28b36f7-fa96-49eb-9556-a40fca49f7c6",
                "SUBMITTED", "2024-11-12"));
    }

    private static String read(String name) throws Exception {
        try (InputStream in = PortRepositoryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsByNumber() {
        PortRepository repo = new PortRepository(db);
        assertEquals("ACME", repo.findByTn("3365550142").orElseThrow().customerId());
        assertTrue(repo.findByTn("9995550000").isEmpty());
    }

    @Test
    void updatesStatus() {
        PortRepository repo = new PortRepository(db);
        repo.markStatus(2, "COMPLETE", "2024-11-20");
        assertEquals("COMPLETE", repo.findByTn("9195550199").orElseThrow().status());
    }
}
