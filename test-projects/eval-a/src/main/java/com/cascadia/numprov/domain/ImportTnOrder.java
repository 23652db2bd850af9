package com.cascadia.numprov.domain;

import java.util.List;
import java.util.UUID;

/**
 * Our own record of a hosted-messaging import request, persisted before it is sent to Bandwidth.
 */
public record ImportTnOrder(
        String customerOrderId,
        String siteId,
        String sipPeerId,
        String loaAuthorizingPerson,
        List<String> telephoneNumbers) {

    public static ImportTnOrder of(String siteId, String sipPeerId, String loaPerson, List<String> tns) {
        String id = "NP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new ImportTnOrder(id, siteId, sipPeerId, loaPerson, List.copyOf(tns));
    }

    public static ImportTnOrder Create(String siteId, String sipPeerId, List<String> tns) {
        return of(siteId, sipPeerId, "NOC", tns);
    }
}
