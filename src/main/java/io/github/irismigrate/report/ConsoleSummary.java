package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The summary table printed on the console: one row per rule with findings, then the totals. */
public final class ConsoleSummary {
    private ConsoleSummary() {
    }

    public static List<String> lines(ScanResult result) {
        Map<Rule, int[]> counts = new EnumMap<>(Rule.class);
        for (Finding f : result.findings()) {
            int[] c = counts.computeIfAbsent(f.rule(), r -> new int[4]);
            if (f.fixed()) {
                c[3]++;
            } else if (!f.counts()) {
                c[2]++;
            } else {
                c[0]++;
                if (f.fixable()) {
                    c[1]++;
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add(String.format("%-7s %-28s %-8s %6s %8s %10s %6s", "rule", "name", "severity", "open", "fixable", "suppressed", "fixed"));
        for (Map.Entry<Rule, int[]> e : counts.entrySet()) {
            Rule r = e.getKey();
            int[] c = e.getValue();
            out.add(String.format("%-7s %-28s %-8s %6d %8d %10d %6d", r.id(), r.ruleName(), r.severity().label(), c[0], c[1], c[2], c[3]));
        }
        int open = counts.values().stream().mapToInt(c -> c[0]).sum();
        int fixable = counts.values().stream().mapToInt(c -> c[1]).sum();
        out.add(String.format("%d open finding(s), %d fixable, in %d file(s) scanned; %d tool error(s); %d ms",
                open, fixable, result.filesScanned(), result.errors().size(), result.elapsedMillis()));
        return out;
    }
}
