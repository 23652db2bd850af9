package net.kestrelvoice.numbering.inventory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

/**
 * The markets we sell in, from {@code numbering-defaults.yaml}. Area codes here are our own
 * configuration, kept as ints because the sales tooling sorts and ranges over them.
 */
public class MarketAreaCodes {

    private final Set<Integer> areaCodes = new TreeSet<>();
    private final List<String> marketNames = new ArrayList<>();
    private String searchTemplate;

    public static MarketAreaCodes fromClasspath(String resource) {
        MarketAreaCodes markets = new MarketAreaCodes();
        try (InputStream in = MarketAreaCodes.class.getResourceAsStream(resource)) {
            Map<String, Object> root = new Yaml().load(in);
            @SuppressWarnings("unchecked")
            Map<String, Object> numbering = (Map<String, Object>) root.get("numbering");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) numbering.get("markets");
            for (Map<String, Object> market : list) {
                markets.marketNames.add((String) market.get("name"));
                @SuppressWarnings("unchecked")
                List<Integer> codes = (List<Integer>) market.get("areaCodes");
                markets.areaCodes.addAll(codes);
            }
            markets.searchTemplate = (String) numbering.get("searchPathTemplate");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return markets;
    }

    public boolean contains(int areaCode) {
        return areaCodes.contains(areaCode);
    }

    public Set<Integer> areaCodes() {
        return areaCodes;
    }

    public List<String> marketNames() {
        return marketNames;
    }

    /** Path template for the availability search of one area code, relative to the account. */
    public String searchPath(int areaCode, int quantity) {
        return searchTemplate.replace("{areaCode}", Integer.toString(areaCode))
                .replace("{quantity}", Integer.toString(quantity));
    }
}
