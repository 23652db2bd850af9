package net.pinecrest.numbertool.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NPA-NXX to rate center mapping from the LERG extract the planning team drops on the NOC share
 * every month ({@code lerg6-extract.csv}: {@code NPANXX,RATE_CENTER,OCN}).
 */
public final class RateCenterCatalog {

    /** The NPAs of our ILEC footprint. */
    public static final int[] SERVED_NPAS = {804, 434, 540};

    public record Block(int npa, int nxx, String rateCenter, String ocn) {
    }

    private final Map<Integer, Block> byNpaNxx = new HashMap<>();

    public static RateCenterCatalog load(Path lergExtract) throws IOException {
        RateCenterCatalog catalog = new RateCenterCatalog();
        try (BufferedReader in = Files.newBufferedReader(lergExtract, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("NPANXX")) {
                    continue;
                }
                Block b = parse(line);
                catalog.byNpaNxx.put(b.npa() * 1000 + b.nxx(), b);
            }
        }
        return catalog;
    }

    static Block parse(String line) {
        String[] f = line.split(",");
        int npa = Integer.parseInt(f[0].substring(0, 3));
        int nxx = Integer.parseInt(f[0].substring(3, 6));
        return new Block(npa, nxx, f[1].trim(), f[2].trim());
    }

    public Optional<Block> lookup(int npa, int nxx) {
        return Optional.ofNullable(byNpaNxx.get(npa * 1000 + nxx));
    }

    public static boolean served(int npa) {
        for (int n : SERVED_NPAS) {
            if (n == npa) {
                return true;
            }
        }
        return false;
    }
}
