package net.corvalink.numbering.fakes;

import net.corvalink.numbering.activities.E911Activities;
import net.corvalink.numbering.iris.model.E911AddressRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class FakeE911Activities implements E911Activities {

    public final Map<String, String> provisioned = new ConcurrentHashMap<>();
    public final List<String> deleted = new ArrayList<>();
    public int validAfterChecks = 1;
    private int checks;

    @Override
    public E911AddressRequest serviceAddressFromPortal(String customerId) {
        return new E911AddressRequest("900", "Main Campus", "Dr", null, "Raleigh", "NC", "27606", "USA", "E911");
    }

    @Override
    public String createAddress(E911AddressRequest address) {
        return "addr-" + address.zip();
    }

    @Override
    public boolean addressValid(String addressId) {
        return ++checks >= validAfterChecks;
    }

    @Override
    public List<String> addressIds() {
        return List.of("addr-27606");
    }

    @Override
    public void deleteAddress(String addressId) {
        deleted.add(addressId);
    }

    @Override
    public String provision(String tn, String addressId, String callbackNumber) {
        provisioned.put(tn, addressId);
        return "e911-" + tn;
    }

    @Override
    public String addressHistory(String addressId) {
        return "";
    }
}
