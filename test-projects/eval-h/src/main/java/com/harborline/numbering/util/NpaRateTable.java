package com.harborline.numbering.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Harborline's own monthly price per area code (finance's rate deck, {@code rates/npa-rates.csv}).
 * Has nothing to do with Dashboard; premium NPAs (212, 415, ...) simply cost more on our invoices.
 */
public final class NpaRateTable {

    private static final BigDecimal DEFAULT_RATE = new BigDecimal("1.25");

    private final Map<Integer, BigDecimal> ratePerAreaCode;

    private NpaRateTable(Map<Integer, BigDecimal> ratePerAreaCode) {
        this.ratePerAreaCode = ratePerAreaCode;
    }

    public static NpaRateTable fromClasspath() {
        Map<Integer, BigDecimal> rates = new HashMap<>();
        try (InputStream in = NpaRateTable.class.getClassLoader().getResourceAsStream("rates/npa-rates.csv")) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split(",");
                    int areaCode = Integer.parseInt(cols[0].trim());
                    rates.put(areaCode, new BigDecimal(cols[1].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NpaRateTable(rates);
    }

    public BigDecimal monthlyRate(int areaCode) {
        return ratePerAreaCode.getOrDefault(areaCode, DEFAULT_RATE);
    }
}
