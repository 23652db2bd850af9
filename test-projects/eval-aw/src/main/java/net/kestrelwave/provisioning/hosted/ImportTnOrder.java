package net.kestrelwave.provisioning.hosted;

import net.kestrelwave.provisioning.api.ProvisioningApi.HostedMessagingRequest;

import java.util.List;

/**
 * Mustache scope for the import and external-number templates. Our own type; the SDK class of the same
 * name is only used by the batch jobs.
 */
public record ImportTnOrder(
        String customerOrderId,
        String siteId,
        String sipPeerId,
        String loaAuthorizingPerson,
        String subscriberName,
        String loaType,
        List<String> telephoneNumbers) {

    public static ImportTnOrder from(HostedMessagingRequest request, String siteId, String sipPeerId) {
        return new ImportTnOrder(request.customerOrderId(), siteId, sipPeerId, request.loaAuthorizingPerson(),
                request.subscriberName(), request.external() ? "CARRIER" : "SUBSCRIBER", request.numbers());
    }
}
