package com.tallgrassvoice.portwell.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Summarises the port activity report (CSV) for the weekly porting review. */
public class PortActivityReport {

    /** Numbers ported in per area code. */
    public record AreaCodeCount(long areaCode, int count) {
    }

    public List<AreaCodeCount> portedInByAreaCode(String csv) {
        Map<Long, Integer> counts = new HashMap<>();
        for (String line : csv.split("\\R")) {
            String[] cols = line.split(",");
            if (cols.length < 3 || !"PORT_IN".equals(cols[1].trim())) {
                continue;
            }
            String tn = cols[0].trim();
            String areaCode = tn.substring(0, 3);
            int npa = Integer.parseInt(areaCode);
            counts.merge((long) npa, 1, Integer::sum);
        }
        List<AreaCodeCount> out = new ArrayList<>();
        counts.forEach((ac, n) -> out.add(new AreaCodeCount(ac, n)));
        return out;
    }

    public boolean isLocalPort(String tn) {
        String tenDigits = tn.length() == 11 ? tn.substring(1) : tn;
        return tenDigits.startsWith("336") || tenDigits.startsWith("919") || tenDigits.startsWith("984");
    }
}
