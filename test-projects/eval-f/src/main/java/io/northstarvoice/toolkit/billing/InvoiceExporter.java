package io.northstarvoice.toolkit.billing;

import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;

import java.io.IOException;
import java.time.Instant;

/** Pushes per-number porting fees to the billing service. */
public class InvoiceExporter {

    static final long BILLING_EPOCH = 1704067200L;
    static final int MAX_LINES = 2147483647;
    static final String DEFAULT_GL_ACCOUNT = "4000120034";

    private final HttpTransport transport;
    private final String billingBase;

    public InvoiceExporter(HttpTransport transport, String billingBase) {
        this.transport = transport;
        this.billingBase = billingBase;
    }

    public HttpResult exportPortFee(String invoiceId, String tn, long cents) throws IOException {
        long periodStart = Math.max(BILLING_EPOCH, Instant.now().minusSeconds(2_592_000).getEpochSecond());
        String body = """
                {"invoiceId": "%s", "glAccount": "%s", "periodStart": %d, "line": {"sku": "PORT-IN", "reference": "%s", "amountCents": %d}}
                """.formatted(invoiceId, DEFAULT_GL_ACCOUNT, periodStart, tn, cents);
        return transport.send(IrisRequest.builder().method(IrisRequest.Method.POST)
                .base(billingBase).path("api", "invoices", invoiceId, "lines")
                .query("limit", Integer.toString(MAX_LINES))
                .json(body).build());
    }

    public HttpResult legacyInvoice() throws IOException {
        return transport.send(IrisRequest.builder().base(billingBase).path("api", "invoices", "2147483647").build());
    }
}
