package net.harborlinecarrier.tnvault.core;

/** Outbound feed to the rating/billing platform (Kafka topic tn.lifecycle in production). */
public interface BillingFeed {

    /** The billing platform keys numbers as 11-digit strings, 1NPANXXXXXX. */
    void activated(String elevenDigitTn, String customerId);

    void released(String elevenDigitTn, String customerId);
}
