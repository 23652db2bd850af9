package net.cobaltline.numbers.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small ordered query-string builder; values are URL-encoded on render. */
public final class QueryString {

    private final Map<String, String> params = new LinkedHashMap<>();

    private QueryString() {
    }

    public static QueryString create() {
        return new QueryString();
    }

    public static QueryString of(Map<String, ?> values) {
        QueryString q = new QueryString();
        values.forEach(q::param);
        return q;
    }

    public QueryString param(String name, Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    public String render() {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return render();
    }
}
