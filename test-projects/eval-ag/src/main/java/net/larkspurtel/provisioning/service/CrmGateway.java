package net.larkspurtel.provisioning.service;

import java.util.List;

/** Port to the CRM (Salesforce via the integration team's Pub/Sub bridge). */
public interface CrmGateway {

    /** The CRM stores numbers as 11 digits, country code first, without '+'. */
    void assignNumbers(String customerId, String orderId, List<String> elevenDigitNumbers);

    void releaseNumbers(String customerId, List<String> elevenDigitNumbers);

    void flagForReview(String customerId, String reason);
}
