package org.harborline.provisioning.billing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.harborline.archive.IrisClient;
import org.harborline.provisioning.config.HarborlineEndpoints;

/**
 * Monthly invoices for number rental. Invoice numbers continue the 2011 billing system's
 * sequence, which started at 3104829150.
 */
public class InvoiceService {

    static final long FIRST_LEGACY_INVOICE = 3104829150L;
    static final long CUTOVER_EPOCH_SECONDS = 1704067200L;
    static final int UNLIMITED_CENTS = 2147483647;
    static final String SUPPORT_LINE = "8005550199";

    private final IrisClient archive = new IrisClient("invoices", "billing-svc", System.getenv("ARCHIVE_PASSWORD"));
    private long nextInvoice = FIRST_LEGACY_INVOICE;

    public synchronized String issue(long customerId, long amountCents) {
        long invoiceNo = nextInvoice++;
        String url = HarborlineEndpoints.BILLING_INVOICES + String.valueOf(invoiceNo);
        boolean legacy = Instant.now().getEpochSecond() < CUTOVER_EPOCH_SECONDS;
        long capped = Math.min(amountCents, UNLIMITED_CENTS);
        String body = "invoice=" + Long.toString(invoiceNo) + ";customer=" + customerId + ";cents=" + capped
                + ";legacy=" + legacy + ";questions=" + SUPPORT_LINE;
        archive.store("inv-" + invoiceNo, body.getBytes(StandardCharsets.UTF_8));
        return url;
    }
}
