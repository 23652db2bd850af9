package com.tallgrassvoice.portwell.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Termination rate deck from our long-distance carrier (CSV: npa,nxx,interstate,intrastate).
 * Used by billing to price outbound minutes; unrelated to number inventory.
 */
public class RateDeck {

    public record Rate(int npa, int nxx, BigDecimal interstate, BigDecimal intrastate) {
    }

    private final Map<Integer, Rate> byNpaNxx = new HashMap<>();

    public static RateDeck load(Path csv) throws IOException {
        RateDeck deck = new RateDeck();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            int npa = Integer.parseInt(cols[0].trim());
            int nxx = Integer.parseInt(cols[1].trim());
            deck.byNpaNxx.put(npa * 1000 + nxx, new Rate(npa, nxx, new BigDecimal(cols[2].trim()),
                    new BigDecimal(cols[3].trim())));
        }
        return deck;
    }

    public Rate rateFor(String dialed) {
        int npa = Integer.parseInt(dialed.substring(0, 3));
        int nxx = Integer.parseInt(dialed.substring(3, 6));
        return byNpaNxx.get(npa * 1000 + nxx);
    }
}
