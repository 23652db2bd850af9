package net.cascadiatel.provisioning.store;

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
import javax.inject.Singleton;

/** Our own on-net rate deck: seed/rate-deck.csv, dropped on the classpath by the monthly switch export. */
@Singleton
public class RateDeck {

    public record Entry(int areaCode, String exchange, String rateCenter, int lata) {
    }

    private final Map<Integer, Set<String>> onNet = new HashMap<>();

    public RateDeck() {
        InputStream in = RateDeck.class.getResourceAsStream("/seed/rate-deck.csv");
        if (in != null) {
            load(in);
        }
    }

    void load(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("npa")) {
                    continue;
                }
                String[] cols = line.split(",");
                Entry entry = new Entry(Integer.parseInt(cols[0]), cols[1], cols[2], Integer.parseInt(cols[3]));
                onNet.computeIfAbsent(entry.areaCode(), k -> new HashSet<>()).add(entry.exchange());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isOnNet(int areaCode, String exchange) {
        return onNet.getOrDefault(areaCode, Set.of()).contains(exchange);
    }

    public boolean coversOregon() {
        return onNet.containsKey(503) && onNet.containsKey(541) && onNet.containsKey(971);
    }
}
