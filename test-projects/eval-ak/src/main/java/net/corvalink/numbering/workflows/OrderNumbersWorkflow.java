package net.corvalink.numbering.workflows;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

import java.util.List;

@WorkflowInterface
public interface OrderNumbersWorkflow {

    String TASK_QUEUE = "numbering-ordering";

    /**
     * @param areaCode        NPA the customer asked for in the portal, e.g. "919"
     * @param specificNumbers numbers the customer picked; empty means "any in the area code"
     */
    record Request(String customerId, String customerContactNumber, String siteId, String areaCode,
                   int quantity, List<String> specificNumbers) {
    }

    record Result(String orderId, String status, List<String> numbers) {
    }

    @WorkflowMethod
    Result order(Request request);

    @SignalMethod
    void orderNotification(String orderId, String status);

    @QueryMethod
    String currentStep();
}
