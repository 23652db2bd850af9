package net.corvalink.numbering.workflows;

import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import net.corvalink.numbering.fakes.FakeE911Activities;
import net.corvalink.numbering.fakes.FakeOrderingActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class E911ProvisioningWorkflowTest {

    private TestWorkflowEnvironment env;
    private FakeE911Activities e911;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        Worker worker = env.newWorker(E911ProvisioningWorkflow.TASK_QUEUE);
        worker.registerWorkflowImplementationTypes(E911ProvisioningWorkflowImpl.class);
        e911 = new FakeE911Activities();
        worker.registerActivitiesImplementations(e911, new FakeOrderingActivities());
        env.start();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private E911ProvisioningWorkflow workflow(String id) {
        return env.getWorkflowClient().newWorkflowStub(E911ProvisioningWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(E911ProvisioningWorkflow.TASK_QUEUE).setWorkflowId(id).build());
    }

    @Test
    void provisionsEveryNumberAtTheServiceAddress() {
        E911ProvisioningWorkflow.Result result = workflow("e911-acme").provision(
                new E911ProvisioningWorkflow.Request("acme", List.of("9195550131", "9195550132"), null));

        assertEquals("addr-27606", result.addressId());
        assertEquals(2, e911.provisioned.size());
        assertEquals("addr-27606", e911.provisioned.get("9195550131"));
    }

    @Test
    void givesUpAndCleansUpWhenAddressNeverValidates() {
        e911.validAfterChecks = 99;

        assertThrows(WorkflowFailedException.class, () -> workflow("e911-globex").provision(
                new E911ProvisioningWorkflow.Request("globex", List.of("9845550160"), "9845550100")));
        assertEquals(List.of("addr-27606"), e911.deleted);
    }
}
