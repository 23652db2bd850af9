package net.tidewatertel.numbering.hosted;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Our own record of a hosted-messaging import request, before and after it went to the
 * Dashboard. Not the Iris SDK class of the same name.
 */
public record ImportTnOrder(String customerOrderId,
                            String subscriberName,
                            String loaAuthorizingPerson,
                            List<String> telephoneNumbers,
                            Instant requestedAt) {

  public ImportTnOrder {
    telephoneNumbers = List.copyOf(telephoneNumbers);
  }

  public static ImportTnOrder forSubscriber(String subscriberName, String loaAuthorizingPerson, List<String> tns) {
    String id = "HM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    return new ImportTnOrder(id, subscriberName, loaAuthorizingPerson, tns, Instant.now());
  }

  public int size() {
    return telephoneNumbers.size();
  }
}
