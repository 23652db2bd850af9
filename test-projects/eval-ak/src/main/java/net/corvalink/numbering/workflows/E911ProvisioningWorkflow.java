package net.corvalink.numbering.workflows;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

import java.util.List;

@WorkflowInterface
public interface E911ProvisioningWorkflow {

    String TASK_QUEUE = "numbering-e911";

    record Request(String customerId, List<String> numbers, String callbackNumber) {
    }

    record Result(String addressId, List<String> provisionedOrders, boolean addressValidated) {
    }

    @WorkflowMethod
    Result provision(Request request);
}
