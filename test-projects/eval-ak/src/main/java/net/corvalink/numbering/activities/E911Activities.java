package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import net.corvalink.numbering.iris.model.E911AddressRequest;

import java.util.List;

@ActivityInterface
public interface E911Activities {

    @ActivityMethod
    E911AddressRequest serviceAddressFromPortal(String customerId);

    @ActivityMethod
    String createAddress(E911AddressRequest address);

    @ActivityMethod
    boolean addressValid(String addressId);

    @ActivityMethod
    List<String> addressIds();

    @ActivityMethod
    void deleteAddress(String addressId);

    @ActivityMethod
    String provision(String tn, String addressId, String callbackNumber);

    @ActivityMethod
    String addressHistory(String addressId);
}
