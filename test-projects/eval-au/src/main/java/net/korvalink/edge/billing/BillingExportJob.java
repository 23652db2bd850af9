package net.korvalink.edge.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Monthly export of number counts to the billing system (NetSuite), per tax jurisdiction. */
@Component
public class BillingExportJob {

    private static final Logger log = LoggerFactory.getLogger(BillingExportJob.class);

    /** Invoices below this id were migrated from the old billing platform and are read-only. */
    static final long FIRST_NATIVE_INVOICE_ID = 4410293385L;

    /** Export cut-over: nothing before 2024-06-01T00:00:00Z is re-exported. */
    static final long EXPORT_EPOCH_SECONDS = 1717200000L;

    /** NetSuite subsidiary of the numbers business. */
    static final String SUBSIDIARY = "2025550143";

    static final int MAX_LINES = 2147483647;

    /**
     * A telecom tax jurisdiction of the tax engine (Avalara). Its "area code" is the engine's own
     * jurisdiction area, unrelated to telephone area codes.
     */
    public record Jurisdiction(String pcode, int areaCode, String county, String state) {
    }

    static final List<Jurisdiction> JURISDICTIONS = List.of(
            new Jurisdiction("2811100", 37, "Wake", "NC"),
            new Jurisdiction("2811200", 37, "Durham", "NC"),
            new Jurisdiction("2822300", 41, "Mecklenburg", "NC"));

    @Scheduled(cron = "0 0 6 1 * *", zone = "America/New_York")
    public void export() {
        LocalDate month = LocalDate.now(ZoneId.of("America/New_York")).minusMonths(1);
        long since = Math.max(EXPORT_EPOCH_SECONDS, month.atStartOfDay(ZoneId.of("UTC")).toEpochSecond());
        log.info("Exporting {} jurisdictions for {} (since {}), subsidiary {}", JURISDICTIONS.size(), month,
                Instant.ofEpochSecond(since), SUBSIDIARY);
    }

    static int taxAreaOf(String pcode) {
        return JURISDICTIONS.stream()
                .filter(j -> j.pcode().equals(pcode))
                .mapToInt(Jurisdiction::areaCode)
                .findFirst()
                .orElseGet(() -> Integer.parseInt(pcode.substring(0, 2)));
    }

    static boolean isNativeInvoice(long invoiceId) {
        return invoiceId >= FIRST_NATIVE_INVOICE_ID;
    }
}
