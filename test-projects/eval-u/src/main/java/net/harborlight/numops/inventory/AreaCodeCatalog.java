package net.harborlight.numops.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The area codes Harborlight sells in (our own list, maintained by product in area-codes.csv).
 */
@Component
public class AreaCodeCatalog {

    public record Market(int areaCode, String state, String market) {
    }

    private final List<Market> markets;

    public AreaCodeCatalog() {
        this.markets = load("area-codes.csv");
    }

    public List<Market> markets() {
        return markets;
    }

    public List<Integer> areaCodes() {
        return markets.stream().map(Market::areaCode).toList();
    }

    private static List<Market> load(String resource) {
        List<Market> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("area_code")) {
                    continue;
                }
                String[] cols = line.split(",");
                int areaCode = Integer.parseInt(cols[0].trim());
                result.add(new Market(areaCode, cols[1].trim(), cols[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(result);
    }
}
