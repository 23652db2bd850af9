package io.kestrelvoice.numbering.callbacks.notification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/**
 * CRM numbers, keyed by 10-digit number (the CRM's primary key for numbers).
 */
@Repository
public class CustomerNumberRepository {

    /** A number reserved for (or owned by) a customer in our CRM. */
    public record CustomerNumber(String tenDigitNumber, String customerId, String orderId, String state) {

        public CustomerNumber withState(String newState) {
            return new CustomerNumber(tenDigitNumber, customerId, orderId, newState);
        }
    }

    private final Map<String, CustomerNumber> numbers = new ConcurrentHashMap<>();

    public Optional<CustomerNumber> findByTenDigitNumber(String tenDigitNumber) {
        return Optional.ofNullable(numbers.get(tenDigitNumber));
    }

    public void save(CustomerNumber number) {
        numbers.put(number.tenDigitNumber(), number);
    }
}
