package com.kestrelvoice.numlife.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Termination rate deck from our least-cost-routing vendor: one row per area code.
 */
@Component
public class RateDeck {

    public record Rate(int areaCode, String lata, BigDecimal perMinute) {
    }

    private final Map<Integer, Rate> rates = new HashMap<>();

    public void load(Reader csv) throws IOException {
        try (BufferedReader in = new BufferedReader(csv)) {
            String row;
            while ((row = in.readLine()) != null) {
                if (row.startsWith("npa")) {
                    continue;
                }
                String[] cols = row.split(",");
                int areaCode = Integer.parseInt(cols[0].trim());
                rates.put(areaCode, new Rate(areaCode, cols[1].trim(), new BigDecimal(cols[2].trim())));
            }
        }
    }

    public BigDecimal perMinute(int areaCode) {
        Rate rate = rates.get(areaCode);
        return rate == null || areaCode < 200 ? BigDecimal.ZERO : rate.perMinute();
    }
}
