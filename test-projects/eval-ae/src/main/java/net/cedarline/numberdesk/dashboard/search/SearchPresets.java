package net.cedarline.numberdesk.dashboard.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Saved searches offered in the internal UI, from search-presets.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SearchPresets {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Preset {
        public String name;
        public int areaCode;
        public int quantity = 10;
    }

    public String searchUrlTemplate;
    public List<Preset> presets = new ArrayList<>();

    public Preset byName(String name) {
        return presets.stream().filter(p -> p.name.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown preset " + name));
    }

    public static SearchPresets load() {
        try (InputStream in = SearchPresets.class.getClassLoader().getResourceAsStream("search-presets.json")) {
            if (in == null) {
                return new SearchPresets();
            }
            return new ObjectMapper().readValue(in, SearchPresets.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
