package net.corvalink.numbering.workflows;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import net.corvalink.numbering.fakes.FakePortingActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortInWorkflowTest {

    @RegisterExtension
    static final TestWorkflowExtension testWorkflow = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(PortInWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private static PortInWorkflow.Request request(List<String> numbers, boolean sms) {
        return new PortInWorkflow.Request("acme", "Acme Widgets LLC", "7045550100", numbers,
                "1500", "Tryon St", "Charlotte", "NC", "28202", "Wile E. Coyote", "2025-07-01", sms, false);
    }

    @Test
    void portsAndEnablesSmsAfterFoc(TestWorkflowEnvironment env, Worker worker, PortInWorkflow workflow) {
        FakePortingActivities fake = new FakePortingActivities();
        worker.registerActivitiesImplementations(fake);
        env.start();

        WorkflowExecution execution = WorkflowClient.start(workflow::portIn,
                request(List.of("7045550110", "7045550111"), true));
        env.sleep(Duration.ofHours(3));
        workflow.portInNotification("COMPLETE", "2025-07-01T00:00:00Z", List.of("7045550110", "7045550111"));

        PortInWorkflow.Result result = env.getWorkflowClient()
                .newUntypedWorkflowStub(execution.getWorkflowId())
                .getResult(PortInWorkflow.Result.class);
        assertEquals(List.of("7045550110", "7045550111"), result.portedNumbers());
        assertEquals(List.of("7045550110", "7045550111"), fake.smsEnabled);
    }

    @Test
    void skipsNumbersTheCarrierWillNotRelease(TestWorkflowEnvironment env, Worker worker, PortInWorkflow workflow) {
        FakePortingActivities fake = new FakePortingActivities();
        fake.notPortable = Set.of("7045550111");
        worker.registerActivitiesImplementations(fake);
        env.start();

        WorkflowExecution execution = WorkflowClient.start(workflow::portIn,
                request(List.of("7045550110", "7045550111"), false));
        workflow.portInNotification("COMPLETE", "2025-07-01T00:00:00Z", List.of());

        PortInWorkflow.Result result = env.getWorkflowClient()
                .newUntypedWorkflowStub(execution.getWorkflowId())
                .getResult(PortInWorkflow.Result.class);
        assertEquals(List.of("7045550111"), result.rejectedNumbers());
        assertEquals(List.of("7045550110"), fake.submitted.get(0).numbers());
    }
}
