package net.northvale.voice.provisioning.callback;

import jakarta.xml.bind.JAXBContext;
import net.northvale.voice.provisioning.dashboard.xml.NotificationXml;
import net.northvale.voice.provisioning.partners.MessagingNotifier;
import net.northvale.voice.provisioning.persistence.NumberStatus;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static net.northvale.voice.provisioning.support.TestDashboard.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationProcessorTest {

    /** Store double keyed like the real table. */
    static class InMemoryNumbers extends PhoneNumberRepository {
        final Map<String, PhoneNumberEntity> byTn = new HashMap<>();

        @Override
        public Optional<PhoneNumberEntity> findByTn(String tn) {
            return Optional.ofNullable(byTn.get(tn));
        }

        @Override
        public PhoneNumberEntity save(PhoneNumberEntity entity) {
            byTn.put(entity.getTn(), entity);
            return entity;
        }
    }

    static class RecordingNotifier extends MessagingNotifier {
        final List<String> notified = new ArrayList<>();

        @Override
        public void portInComplete(String e164, String focDate) {
            notified.add(e164);
        }
    }

    private InMemoryNumbers numbers;
    private RecordingNotifier notifier;
    private NotificationProcessor processor;

    @BeforeEach
    void setUp() {
        numbers = new InMemoryNumbers();
        notifier = new RecordingNotifier();
        processor = new NotificationProcessor(numbers, notifier);
    }

    private static NotificationXml parse(String name) throws Exception {
        return (NotificationXml) JAXBContext.newInstance(NotificationXml.class)
                .createUnmarshaller()
                .unmarshal(new StringReader(fixture(name)));
    }

    @Test
    void completedOrderActivatesTheNumbers() throws Exception {
        processor.onOrder(parse("notification-order-complete.xml"));

        PhoneNumberEntity line = numbers.findByTn("6672286710").orElseThrow();
        assertEquals(NumberStatus.ACTIVE, line.getStatus());
        assertEquals(667, line.getAreaCode());
    }

    @Test
    void completedPortInActivatesKnownLinesAndTellsTheCustomer() throws Exception {
        PhoneNumberEntity pending = new PhoneNumberEntity();
        pending.setTn("3035550188");
        pending.setStatus(NumberStatus.PORTING_IN);
        numbers.save(pending);

        processor.onPortIn(parse("notification-portin-complete.xml"));

        assertEquals(NumberStatus.ACTIVE, pending.getStatus());
        assertTrue(notifier.notified.contains("+13035550188"));
    }
}
