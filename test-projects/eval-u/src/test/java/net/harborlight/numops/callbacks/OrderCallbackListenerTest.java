package net.harborlight.numops.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;

import com.google.gson.Gson;
import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.dashboard.NotificationParser;
import net.harborlight.numops.notify.OpsAlertNotifier;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import net.harborlight.numops.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderCallbackListenerTest {

    private final NumberAssignmentRepository assignments = new NumberAssignmentRepository();
    private final CrmClient crm = mock(CrmClient.class);
    private final OpsAlertNotifier alerts = mock(OpsAlertNotifier.class);
    private OrderCallbackListener listener;

    @BeforeEach
    void setUp() {
        listener = new OrderCallbackListener(new Gson(), new NotificationParser(), assignments, crm, alerts);
        assignments.save(new NumberAssignment("9195551212", "cust-17", NumberAssignment.Status.ORDERED, null,
                Instant.parse("2024-05-01T10:00:00Z")));
    }

    @Test
    void completedOrderActivatesTheNumber() {
        listener.onCallback(Fixtures.read("order-callback-envelope.json"));

        assertThat(assignments.findByTenDigitTn("9195551212"))
                .get()
                .extracting(NumberAssignment::status, NumberAssignment::dashboardOrderId)
                .containsExactly(NumberAssignment.Status.ACTIVE, "47955555-67aa-4adb-8c0f-b6894e60c0dc");
        verifyNoInteractions(alerts);
    }
}
