package com.bluepinenet.cdrpipeline.streams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * NPA-NXX to rate center from the monthly LERG extract, which the deployment puts on the
 * classpath as lerg/npanxx-ratecenters.csv (licensed data, not in this repository).
 * Keys are the six digits NPA-NXX as an int, e.g. 919555.
 */
@Component
public class RateCenterDirectory {

    private final Map<Integer, String> rateCenterByNpaNxx = new HashMap<>();
    private final Set<Integer> servedNpas = new HashSet<>();

    public RateCenterDirectory() {
        this(RateCenterDirectory.class.getResourceAsStream("/lerg/npanxx-ratecenters.csv"));
    }

    RateCenterDirectory(InputStream csv) {
        if (csv == null) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(",");
                int npa = Integer.parseInt(cols[0].trim());
                int nxx = Integer.parseInt(cols[1].trim());
                rateCenterByNpaNxx.put(npa * 1000 + nxx, cols[2].trim());
                if (cols.length > 3 && "Y".equals(cols[3].trim())) {
                    servedNpas.add(npa);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String rateCenter(String nationalNumber) {
        if (nationalNumber == null || nationalNumber.length() < 6) {
            return null;
        }
        return rateCenterByNpaNxx.get(Integer.parseInt(nationalNumber.substring(0, 6)));
    }

    public boolean isServedNpa(String npa) {
        return servedNpas.contains(Integer.parseInt(npa));
    }
}
