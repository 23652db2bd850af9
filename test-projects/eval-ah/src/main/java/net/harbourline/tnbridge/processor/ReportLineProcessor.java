package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.InventoryRecord;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSV row of the Dashboard TN inventory report: TN, rate center, state, site, status, last modified.
 */
public class ReportLineProcessor implements Processor {

    private static final Pattern REPORT_TN = Pattern.compile("^(\\d{3})(\\d{3})(\\d{4})$");
    private static final Pattern REPORT_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    @Override
    public void process(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<String> row = exchange.getIn().getBody(List.class);
        String tn = row.get(0).trim();
        Matcher m = REPORT_TN.matcher(tn);
        if (!m.matches()) {
            exchange.getIn().setHeader("reportMismatch", true);
            exchange.getIn().setHeader("mismatchReason", "unparseable TN " + tn);
            return;
        }
        String lastModified = row.size() > 5 ? row.get(5).trim() : "";
        if (lastModified.length() == 10 && REPORT_DATE.matcher(lastModified).matches()) {
            exchange.getIn().setHeader("reportDate", lastModified);
        }
        int npa = Integer.parseInt(m.group(1));
        exchange.getIn().setHeader("npa", npa);

        TnInventoryStore store = exchange.getContext().getRegistry()
                .lookupByNameAndType("tnInventoryStore", TnInventoryStore.class);
        InventoryRecord billed = store.find(tn);
        boolean mismatch = billed == null || !"ACTIVE".equals(billed.getStatus());
        exchange.getIn().setHeader("reportMismatch", mismatch);
        if (mismatch) {
            exchange.getIn().setHeader("mismatchReason", billed == null ? "not billed" : "billing status " + billed.getStatus());
        }
    }
}
