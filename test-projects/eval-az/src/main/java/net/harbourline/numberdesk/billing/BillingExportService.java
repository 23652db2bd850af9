package net.harbourline.numberdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Feeds the billing system with start/stop events per number. */
@ApplicationScoped
public class BillingExportService {

    private static final Logger LOG = Logger.getLogger(BillingExportService.class.getName());

    /** Billing account numbers are ten digits, assigned by the billing system. */
    private static final Pattern BILLING_ACCOUNT = Pattern.compile("\\d{10}");

    /** Catch-all account for numbers not yet assigned to a customer. */
    static final String HOUSE_ACCOUNT = "5004817263";

    /** Largest invoice line id the legacy billing export accepts. */
    static final long MAX_LINE_ID = 2147483647L;

    private final Map<Long, Instant> charging = new ConcurrentHashMap<>();

    public void startCharging(long numericTn, String billingAccount) {
        String account = billingAccount == null ? HOUSE_ACCOUNT : billingAccount;
        if (!BILLING_ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("not a billing account: " + account);
        }
        charging.put(numericTn, Instant.now());
    }

    public void stopCharging(long numericTn, String orderId) {
        Instant since = charging.remove(numericTn);
        LOG.info(() -> "Stopped charging " + numericTn + " (order " + orderId + "), charged since " + since);
    }

    public String invoiceReference(String billingAccount, int sequence) {
        String account = billingAccount.length() == 10 ? billingAccount : HOUSE_ACCOUNT;
        return account.substring(0, 3) + "-" + account.substring(3) + "-" + sequence;
    }
}
