package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.model.OrderResponse;

import net.halyardcomm.backoffice.dao.Jdbc;
import net.halyardcomm.backoffice.dao.OrderAuditDao;
import net.halyardcomm.backoffice.iris.NumberOrderingService;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.support.TestNumbers;

class NumberOrderingServiceTest {

    private RecordingHttpServer server;
    private NumberOrderingService service;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("POST", "/v1.0/accounts/9900417/orders", 201, Fixtures.read("fixtures/order-response.xml"),
                        "https://dashboard.bandwidth.com/v1.0/accounts/9900417/orders/" + TestNumbers.ORDER_ID)
                .respond("GET", "/v1.0/accounts/9900417/orders/", 200, Fixtures.read("fixtures/order-response.xml"));
        Jdbc jdbc = new Jdbc("jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM 'classpath:db/schema.sql'",
                "sa", "");
        service = new NumberOrderingService(Fixtures.sdkClient(server), Fixtures.settings(server), new OrderAuditDao(jdbc));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void ordersExistingNumbers() throws Exception {
        service.orderExisting(Arrays.asList(TestNumbers.RALEIGH_1, TestNumbers.RALEIGH_2), "T-1");

        String sent = Fixtures.compactXml(server.last().body());
        assertTrue(sent.contains("<TelephoneNumber>9195550180</TelephoneNumber>"), sent);
        assertTrue(sent.contains("<SiteId>4410</SiteId>"), sent);
    }

    @Test
    void primaryAreaCodeComesFromFirstCompletedNumber() throws Exception {
        OrderResponse response = service.orderExisting(Arrays.asList(TestNumbers.RALEIGH_1), "T-2");
        assertEquals(919, service.primaryAreaCode(response));
    }

    @Test
    void welcomeLetterFormatsNumbers() throws Exception {
        List<String> lines = service.welcomeLetterNumbers(TestNumbers.ORDER_ID);
        assertEquals("(919) 555-0180", lines.get(0));
    }
}
