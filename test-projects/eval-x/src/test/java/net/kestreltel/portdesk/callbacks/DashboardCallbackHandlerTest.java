package net.kestreltel.portdesk.callbacks;

import net.kestreltel.portdesk.numbers.NumberRepository;
import net.kestreltel.portdesk.testing.TestFixtures;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardCallbackHandlerTest {

    private NumberRepository numbers;
    private final List<String> published = new ArrayList<>();
    private DashboardCallbackHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:callbacks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.useHandle(h -> h.createScript(TestFixtures.resource("db/schema.sql")).execute());
        numbers = jdbi.onDemand(NumberRepository.class);
        numbers.insert("9195551234", 919, "CUST-4471", "PORTING");
        numbers.insert("9195551235", 919, "CUST-4471", "PORTING");
        PortEventPublisher events = new PortEventPublisher();
        events.register(published::add);
        handler = new DashboardCallbackHandler(numbers, events);
    }

    @Test
    void completedPortActivatesNumbers() throws Exception {
        List<String> activated = handler.handle(TestFixtures.resource("callbacks/portin-complete.xml"));

        assertEquals(List.of("9195551234", "9195551235"), activated);
        assertEquals("ACTIVE", numbers.findByTn("9195551234").orElseThrow().status());
        assertTrue(published.get(0).contains("\"sipUri\":\"sip:19195551234@core.kestreltel.net\""));
    }

    @Test
    void e164CallbackIsNotMatchedYet() throws Exception {
        String body = TestFixtures.resource("callbacks/portin-complete.xml")
                .replace("<TelephoneNumber>9195551234</TelephoneNumber>", "<TelephoneNumber>+19195551234</TelephoneNumber>");

        List<String> activated = handler.handle(body);

        assertEquals(List.of("9195551235"), activated);
    }
}
