package io.kestrelvoice.numbering.batch.inventory;

import java.util.List;

/**
 * Query string for inserviceNumbers covering several area codes in one call.
 */
public final class InServiceQueryBuilder {

    private InServiceQueryBuilder() {
    }

    public static String query(List<String> areaCodes, int pageSize) {
        StringBuilder q = new StringBuilder("?size=").append(pageSize);
        for (String areaCode : areaCodes) {
            q.append("&areaCode=").append(areaCode);
        }
        return q.toString();
    }
}
