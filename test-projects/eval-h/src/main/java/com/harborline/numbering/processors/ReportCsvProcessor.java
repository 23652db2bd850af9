package com.harborline.numbering.processors;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the "TN inventory" report instance file (CSV) Dashboard produces for us every night.
 * First column is the TN, then site, SIP peer, rate center, tier. The result (TN to site) goes
 * to the billing reconciliation.
 */
public class ReportCsvProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCsvProcessor.class);

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getIn().setBody(parse(exchange.getIn().getBody(String.class)));
    }

    public static Map<Long, String> parse(String csv) throws Exception {
        Map<Long, String> siteByTn = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            int skipped = 0;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (tn.length() != 10 || !tn.chars().allMatch(Character::isDigit)) {
                    skipped++;
                    continue;
                }
                siteByTn.put(Long.parseLong(tn), cols.length > 1 ? cols[1].trim() : "");
            }
            LOG.debug("report parsed: {} numbers, {} lines skipped", siteByTn.size(), skipped);
        }
        return siteByTn;
    }
}
