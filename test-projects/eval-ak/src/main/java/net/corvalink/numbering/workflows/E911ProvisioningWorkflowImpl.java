package net.corvalink.numbering.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import net.corvalink.numbering.activities.CustomerContactActivities;
import net.corvalink.numbering.activities.E911Activities;
import net.corvalink.numbering.iris.model.E911AddressRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class E911ProvisioningWorkflowImpl implements E911ProvisioningWorkflow {

    private final E911Activities e911 = Workflow.newActivityStub(E911Activities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(60)).build());
    private final CustomerContactActivities contact = Workflow.newActivityStub(CustomerContactActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(20)).build());

    @Override
    public Result provision(Request request) {
        E911AddressRequest address = e911.serviceAddressFromPortal(request.customerId());
        String addressId = e911.createAddress(address);

        boolean valid = false;
        for (int attempt = 0; attempt < 10 && !valid; attempt++) {
            Workflow.sleep(Duration.ofSeconds(15));
            valid = e911.addressValid(addressId);
        }
        if (!valid) {
            e911.deleteAddress(addressId);
            throw ApplicationFailure.newNonRetryableFailure(
                    "Dashboard did not validate the service address of " + request.customerId(), "AddressInvalid");
        }

        List<String> orders = new ArrayList<>();
        for (String tn : request.numbers()) {
            orders.add(e911.provision(tn, addressId, request.callbackNumber()));
        }
        contact.recordE911InPortal(request.customerId(), addressId);
        return new Result(addressId, orders, true);
    }
}
