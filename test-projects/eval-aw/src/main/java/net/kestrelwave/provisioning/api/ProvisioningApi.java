package net.kestrelwave.provisioning.api;

import java.util.List;
import java.util.Map;

/**
 * Messages of the provisioning services, hand-written instead of generated (the proto files live in
 * the platform repo; field names match them).
 */
public final class ProvisioningApi {

    private ProvisioningApi() {
    }

    /**
     * {@code areaCode} is what the customer portal sends: three digits, or empty for "anywhere in our
     * default market".
     */
    public record SearchNumbersRequest(String areaCode, int quantity, boolean tollFree) {
    }

    public record SearchNumbersResponse(List<String> numbers, Map<String, Integer> countByAreaCode) {
    }

    public record OrderNumbersRequest(String customerOrderId, String tenantId, List<String> numbers) {
    }

    public record OrderNumbersResponse(String orderId, String status, List<String> completedNumbers) {
    }

    public record E911AddressRequest(
            String addressId,
            String houseNumber,
            String streetName,
            String city,
            String stateCode,
            String zip,
            String callbackNumber) {
    }

    public record E911AddressResponse(String addressId, String status) {
    }

    /**
     * {@code external} is true for numbers whose voice stays with another carrier and only messaging is
     * hosted with us.
     */
    public record HostedMessagingRequest(
            String customerOrderId,
            String loaAuthorizingPerson,
            String subscriberName,
            List<String> numbers,
            boolean external) {
    }

    public record HostedMessagingResponse(String orderId, String processingStatus) {
    }

    public record SmsToggleRequest(String telephoneNumber, boolean enabled) {
    }

    public record SmsToggleResponse(String telephoneNumber, boolean enabled, int dashboardStatus) {
    }
}
