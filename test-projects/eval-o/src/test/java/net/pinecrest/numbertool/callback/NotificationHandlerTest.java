package net.pinecrest.numbertool.callback;

import net.pinecrest.numbertool.partners.MessagingClient;
import net.pinecrest.numbertool.store.InventoryRecord;
import net.pinecrest.numbertool.store.NumberDao;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationHandlerTest {

    private MockWebServer messagingServer;
    private JdbcDataSource dataSource;
    private NumberDao dao;
    private PendingOrderRegistry registry;
    private NotificationHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        messagingServer = new MockWebServer();
        messagingServer.start();
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:callbacks;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        dao = new NumberDao(dataSource);
        dao.createSchema();
        dao.upsert(new InventoryRecord("8045550142", 804, "RICHMOND", "VA", "14021", "ORDERED", Instant.now()));
        dao.upsert(new InventoryRecord("8045550143", 804, "RICHMOND", "VA", "14021", "ORDERED", Instant.now()));

        registry = new PendingOrderRegistry();
        registry.register("C-1138", "(804) 555-0142", "+18045550999");

        MessagingClient messaging = new MessagingClient(new OkHttpClient(),
                messagingServer.url("/api/v2").toString(), Fixtures.ACCOUNT, "app-id", "u", "p");
        handler = new NotificationHandler(registry, dao, messaging);
    }

    @AfterEach
    void tearDown() throws Exception {
        messagingServer.shutdown();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
    }

    @Test
    void completedNumbersBecomeActiveAndTheCustomerIsTexted() throws Exception {
        messagingServer.enqueue(new MockResponse().setResponseCode(202));

        handler.handle(Fixtures.read("notification-complete.xml"));

        assertThat(status(8045550142L)).isEqualTo("ACTIVE");
        assertThat(registry.size()).isZero();
        assertThat(messagingServer.takeRequest().getBody().readUtf8()).contains("\"from\":\"+18045550142\"");
    }

    @Test
    void e164NumbersAreNotMatchedYet() {
        handler.handle("""
                <Notification>
                  <OrderType>orders</OrderType>
                  <OrderId>0b8c2b3e</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>+18045550142</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                </Notification>
                """);

        assertThat(registry.size()).isEqualTo(1);
    }

    private String status(long tn) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM dashboard_tn WHERE tn = " + tn)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
