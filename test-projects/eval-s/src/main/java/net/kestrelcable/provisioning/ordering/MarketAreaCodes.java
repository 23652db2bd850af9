package net.kestrelcable.provisioning.ordering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Kestrel markets and the area codes we sell numbers in (src/main/resources/markets.json).
 */
@Component
public class MarketAreaCodes {

    public record Market(String code, String name, List<Integer> npas, int poolTarget) {
    }

    private final Map<String, Market> markets = new LinkedHashMap<>();

    public MarketAreaCodes(@Value("classpath:markets.json") Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            List<Market> list = JsonMapper.builder().build().readValue(in, new TypeReference<List<Market>>() { });
            list.forEach(m -> markets.put(m.code(), m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read markets.json", e);
        }
    }

    public Set<String> marketCodes() {
        return markets.keySet();
    }

    public Market market(String code) {
        return markets.get(code);
    }

    public String marketOf(int npa) {
        return markets.values().stream()
                .filter(m -> m.npas().contains(npa))
                .map(Market::code)
                .findFirst()
                .orElse("UNASSIGNED");
    }
}
