package net.lumivox.numbering.billing;

import kong.unirest.UnirestInstance;

/**
 * Invoices of our carrier accounts, from the internal billing service.
 */
public class BillingPortalClient {

    /** Lumivox's customer account number in Bandwidth's billing system. */
    public static final String BANDWIDTH_BILLING_ACCOUNT = "4025871163";

    /** Largest amount the billing service accepts, in cents. */
    public static final long MAX_INVOICE_CENTS = 2147483647L;

    /** Placeholder order id of the billing service's API documentation. */
    static final String SAMPLE_ORDER_ID = "1234567890";

    private final UnirestInstance http;

    public BillingPortalClient(UnirestInstance http) {
        this.http = http;
    }

    public String invoices(String month) {
        return http.get("https://billing.lumivox.net/api/v1/accounts/" + BANDWIDTH_BILLING_ACCOUNT + "/invoices")
                .queryString("month", month)
                .asString()
                .getBody();
    }

    public String invoiceNumber(long sequence) {
        return String.format("%010d", sequence);
    }
}
