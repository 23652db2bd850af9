package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.callbacks.NotificationValidator;
import net.halyardcomm.backoffice.callbacks.OrderNotificationHandler;
import net.halyardcomm.backoffice.dao.Jdbc;
import net.halyardcomm.backoffice.dao.OrderAuditDao;
import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.dao.TnRecord;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.TestNumbers;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.NotificationXml;

class OrderNotificationHandlerTest {

    private TnInventoryDao inventory;
    private OrderNotificationHandler handler;
    private final JaxbCodec codec = new JaxbCodec();

    @BeforeEach
    void setUp() {
        Jdbc jdbc = new Jdbc("jdbc:h2:mem:notif" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM 'classpath:db/schema.sql'", "sa", "");
        inventory = new TnInventoryDao(jdbc);
        handler = new OrderNotificationHandler(inventory, new OrderAuditDao(jdbc), new NotificationValidator());
        inventory.upsert(new TnRecord("9195550180", 919, "ORDERED", "cust-1", TestNumbers.FIXED_EPOCH));
        inventory.upsert(new TnRecord("9195550181", 919, "ORDERED", "cust-1", TestNumbers.FIXED_EPOCH));
    }

    @Test
    void completedOrderActivatesNumbers() {
        NotificationXml n = codec.unmarshal(Fixtures.read("fixtures/notification-complete.xml"), NotificationXml.class);
        handler.handle(n);

        assertEquals("ACTIVE", inventory.findByTn("9195550180").status());
        assertEquals("ACTIVE", inventory.findByTn("9195550181").status());
    }

    @Test
    void focLetterLine() {
        NotificationXml n = codec.unmarshal(Fixtures.read("fixtures/notification-complete.xml"), NotificationXml.class);
        assertTrue(handler.focLetterLine(n, 0).startsWith("19195550180 ports on"));
    }

    @Test
    void e164NotificationIsIgnoredForNow() {
        String xml = """
                <Notification>
                  <SubscriptionId>5e0b7a42-6a1b-4e1e-9b5e-0d1c2f3a4b5c</SubscriptionId>
                  <OrderType>orders</OrderType>
                  <OrderId>47955555-67aa-4adb-8c0f-b6894e60c0dc</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>+19195550180</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                </Notification>
                """;
        handler.handle(codec.unmarshal(xml, NotificationXml.class));

        assertEquals("ORDERED", inventory.findByTn("9195550180").status());
    }
}
