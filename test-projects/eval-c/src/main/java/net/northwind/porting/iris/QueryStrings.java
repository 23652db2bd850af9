package net.northwind.porting.iris;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Query-string helpers shared by the raw HTTP jobs and the SDK jobs (which take a Map). */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String encode(Map<String, ?> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** Query for an available-numbers search by area code (SDK map or {@link #encode}). */
    public static Map<String, Object> areaCodeSearch(String areaCode, int quantity) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return query;
    }

    /** In-service filter over several area codes at once (the v1 API accepts repeated keys). */
    public static String inserviceFilter(List<String> areaCodes, int page) {
        StringBuilder sb = new StringBuilder("?page=").append(page)
                .append("&size=").append(IrisConstants.DEFAULT_PAGE_SIZE);
        for (String ac : areaCodes) {
            sb.append("&areacode=").append(ac);
        }
        return sb.toString();
    }

    public static String npaNxxFilter(String areaCode) {
        List<String> parts = new ArrayList<>();
        parts.add("areaCode=" + areaCode);
        parts.add("quantity=10");
        return "?" + String.join("&", parts);
    }

    /** Already on the v2 contract: country first, then area code. */
    public static Map<String, Object> v2AreaCodeSearch(String areaCode) {
        return Map.of("countryCodeA3", IrisConstants.DEFAULT_COUNTRY, "areaCode", areaCode);
    }

    public static String tnFilter(String tn) {
        return "?tn=" + enc(tn);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
