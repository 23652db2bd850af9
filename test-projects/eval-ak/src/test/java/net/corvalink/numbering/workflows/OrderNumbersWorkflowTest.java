package net.corvalink.numbering.workflows;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import net.corvalink.numbering.fakes.FakeOrderingActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderNumbersWorkflowTest {

    private TestWorkflowEnvironment env;
    private FakeOrderingActivities fake;
    private WorkflowClient client;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        Worker worker = env.newWorker(OrderNumbersWorkflow.TASK_QUEUE);
        worker.registerWorkflowImplementationTypes(OrderNumbersWorkflowImpl.class);
        fake = new FakeOrderingActivities();
        worker.registerActivitiesImplementations(fake);
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private OrderNumbersWorkflow newWorkflow(String id) {
        return client.newWorkflowStub(OrderNumbersWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(OrderNumbersWorkflow.TASK_QUEUE)
                .setWorkflowId(id)
                .build());
    }

    @Test
    void ordersFirstAvailableNumbersInAreaCode() {
        OrderNumbersWorkflow.Result result = newWorkflow("order-acme-1").order(
                new OrderNumbersWorkflow.Request("acme", "9195550177", "4411", "919", 2, List.of()));

        assertEquals("COMPLETE", result.status());
        assertEquals(List.of("9195550131", "9195550132"), result.numbers());
        assertEquals(List.of("9195550131", "9195550132"), fake.recorded);
        assertTrue(fake.texts.get(0).startsWith("9195550177: Your new Corvalink numbers"));
    }

    @Test
    void fallsBackToAreaCodeOrderWhenSearchComesUpShort() {
        fake.availableInArea.clear();

        OrderNumbersWorkflow.Result result = newWorkflow("order-acme-2").order(
                new OrderNumbersWorkflow.Request("acme", "9195550177", "4411", "919", 1, List.of()));

        assertEquals(List.of("9195550140"), result.numbers());
        assertEquals(1, fake.placedOrders.size());
    }

    @Test
    void ordersTheNumbersTheCustomerPicked() {
        List<String> picked = List.of("9845550160", "9845550161");

        OrderNumbersWorkflow.Result result = newWorkflow("order-globex-1").order(
                new OrderNumbersWorkflow.Request("globex", "7045550100", "4412", "984", 2, picked));

        assertEquals(picked, result.numbers());
    }

    @Test
    void notificationSignalShortensTheWait() {
        fake.pollsUntilComplete = 3;
        OrderNumbersWorkflow workflow = newWorkflow("order-initech-1");
        WorkflowClient.start(workflow::order,
                new OrderNumbersWorkflow.Request("initech", "3125550190", "4411", "312", 1, List.of()));

        workflow.orderNotification("47955555-67aa-4adb-8c0f-b6894e60c0dc", "COMPLETE");

        OrderNumbersWorkflow.Result result = WorkflowStub.fromTyped(workflow).getResult(OrderNumbersWorkflow.Result.class);
        assertEquals("COMPLETE", result.status());
    }
}
