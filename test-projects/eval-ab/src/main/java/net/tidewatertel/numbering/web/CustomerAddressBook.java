package net.tidewatertel.numbering.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Customer-entered addresses, before they are validated and pushed to the Dashboard as E911 addresses.
 */
@Component
public class CustomerAddressBook {

    public record Address(String id, String houseNumber, String street, String city, String state, String zip) {
    }

    private final Map<String, List<Address>> byAccount = new ConcurrentHashMap<>();

    public List<Address> forAccount(String accountId) {
        return List.copyOf(byAccount.getOrDefault(accountId, List.of()));
    }

    public void add(String accountId, Address address) {
        byAccount.computeIfAbsent(accountId, k -> new CopyOnWriteArrayList<>()).add(address);
    }

    /** First three digits of the ZIP select the PSAP region. */
    public static String sectionalCenter(Address address) {
        return address.zip().substring(0, 3);
    }
}
