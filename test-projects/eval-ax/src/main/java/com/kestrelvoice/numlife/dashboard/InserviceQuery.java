package com.kestrelvoice.numlife.dashboard;

import java.util.ArrayList;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * Filter for the in-service number listing; kept as a mutable bean because the reconciliation
 * job pages through it.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class InserviceQuery {

    private String areacode;
    private String npaNxx;
    private String startDate;
    private String endDate;
    @Builder.Default
    private int page = 1;
    @Builder.Default
    private int size = 500;

    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (areacode != null) {
            parts.add("areacode=" + areacode);
        }
        if (npaNxx != null) {
            parts.add("npaNxx=" + npaNxx);
        }
        if (startDate != null) {
            parts.add("startdate=" + startDate);
        }
        if (endDate != null) {
            parts.add("enddate=" + endDate);
        }
        parts.add("page=" + page);
        parts.add("size=" + size);
        return String.join("&", parts);
    }

    public InserviceQuery nextPage() {
        return new InserviceQuery(areacode, npaNxx, startDate, endDate, page + 1, size);
    }
}
