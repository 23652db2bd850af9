package net.harborlight.numops.porting;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import com.google.gson.Gson;
import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import net.harborlight.numops.support.Fixtures;
import org.junit.jupiter.api.Test;

class PortInCallbackListenerTest {

    @Test
    void completedPortInNotifiesTheCrm() {
        NumberAssignmentRepository assignments = new NumberAssignmentRepository();
        assignments.save(new NumberAssignment("9195550123", "cust-88", NumberAssignment.Status.PORTING, null,
                Instant.now()));
        CrmClient crm = mock(CrmClient.class);

        new PortInCallbackListener(new Gson(), assignments, crm)
                .onPortInCallback(Fixtures.read("portin-callback.json"));

        verify(crm).numberPorted("cust-88", "19195550123", "2024-05-02T00:00:00Z");
        verify(crm).billingNumberConfirmed("pi-2024-0388", 9195550123L);
    }
}
