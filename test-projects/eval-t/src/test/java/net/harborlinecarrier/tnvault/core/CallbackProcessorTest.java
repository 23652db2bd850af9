package net.harborlinecarrier.tnvault.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXB;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.harborlinecarrier.tnvault.dashboard.xml.NotificationXml;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.db.RateCenterDao;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;
import net.harborlinecarrier.tnvault.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallbackProcessorTest {

    private final Map<String, TnRecord> inventory = new HashMap<>();
    private final List<Long> activatedIds = new ArrayList<>();
    private final List<String> activatedTns = new ArrayList<>();
    private final List<String> billed = new ArrayList<>();
    private final Map<String, Integer> hostedSms = new HashMap<>();
    private CallbackProcessor processor;

    @BeforeEach
    void setUp() {
        inventory.put("9195550143", new TnRecord(1, "9195550143", "919", "PORTING", "C1027", "508811"));
        inventory.put("9195550144", new TnRecord(2, "9195550144", "919", "PORTING", "C1027", "508811"));
        processor = new CallbackProcessor(new FakeTnDao(), new FakePortOrderDao(), new FakeRateCenterDao(),
                new BillingFeed() {
                    @Override
                    public void activated(String elevenDigitTn, String customerId) {
                        billed.add(elevenDigitTn);
                    }

                    @Override
                    public void released(String elevenDigitTn, String customerId) {
                    }
                }, null);
    }

    private static NotificationXml notification(String fixture) {
        return JAXB.unmarshal(new StringReader(Fixtures.read(fixture)), NotificationXml.class);
    }

    @Test
    void completedPortInActivatesTheInventoryRows() {
        processor.handle(notification("fixtures/notification-portin-complete.xml"));

        assertThat(activatedIds).containsExactly(1L, 2L);
    }

    @Test
    void completedOrderIsBilledWithCountryCode() {
        processor.handle(notification("fixtures/notification-order-complete.xml"));

        assertThat(activatedTns).containsExactly("7045550190");
        assertThat(billed).containsExactly("17045550190");
    }

    @Test
    void pendingNotificationChangesNothing() {
        NotificationXml pending = notification("fixtures/notification-portin-complete.xml");
        pending.setStatus("PENDING");

        processor.handle(pending);

        assertThat(activatedIds).isEmpty();
        assertThat(hostedSms).isEmpty();
    }

    private final class FakeTnDao implements TelephoneNumberDao {
        @Override
        public Optional<TnRecord> findByTn(String tn) {
            return Optional.ofNullable(inventory.get(tn));
        }

        @Override
        public List<TnRecord> findSpare(int npa, int limit) {
            return List.of();
        }

        @Override
        public List<String> allActiveTns() {
            return List.copyOf(inventory.keySet());
        }

        @Override
        public void insertSpare(String tn, String npa) {
        }

        @Override
        public int updateStatus(long id, String status) {
            activatedIds.add(id);
            return 1;
        }

        @Override
        public int activate(long tn, String customerId) {
            activatedTns.add(Long.toString(tn));
            return 1;
        }

        @Override
        public int activateAll(List<String> tns) {
            activatedTns.addAll(tns);
            return tns.size();
        }

        @Override
        public int purgeQaLines() {
            return 0;
        }
    }

    private static final class FakePortOrderDao implements PortOrderDao {
        @Override
        public List<PortOrder> findPending() {
            return List.of();
        }

        @Override
        public PortOrder findByDashboardOrderId(String orderId) {
            return null;
        }

        @Override
        public long insert(String customerId, String orderId, String type) {
            return 1;
        }

        @Override
        public int updateStatus(String orderId, String status) {
            return 1;
        }
    }

    private final class FakeRateCenterDao implements RateCenterDao {
        @Override
        public List<Integer> npasForState(String state) {
            return List.of(919, 984);
        }

        @Override
        public int incrementActive(String npa) {
            return 1;
        }

        @Override
        public int addHostedSms(String npa, int delta) {
            hostedSms.merge(npa, delta, Integer::sum);
            return 1;
        }
    }
}
