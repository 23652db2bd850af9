package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts the human-readable reports print, split as on the console: a finding rewritten in this run is
 * <em>fixed</em>; otherwise one that an inline comment or the baseline suppresses is <em>set apart</em>; every other
 * one is <em>open</em>, and <em>fixable</em> when the fix goal rewrites it.
 */
final class ReportCounts {

    /** One rule's row. */
    static final class Row {
        int open;
        int fixable;
        int setApart;
        int fixed;
    }

    final Map<Rule, Row> byRule;
    final Map<Severity, Integer> openBySeverity;
    final int open;
    final int fixable;
    final int suppressed;
    final int baselined;
    final int fixed;

    private ReportCounts(Map<Rule, Row> byRule, Map<Severity, Integer> openBySeverity, int suppressed, int baselined) {
        this.byRule = Collections.unmodifiableMap(byRule);
        this.openBySeverity = Collections.unmodifiableMap(openBySeverity);
        this.open = byRule.values().stream().mapToInt(r -> r.open).sum();
        this.fixable = byRule.values().stream().mapToInt(r -> r.fixable).sum();
        this.fixed = byRule.values().stream().mapToInt(r -> r.fixed).sum();
        this.suppressed = suppressed;
        this.baselined = baselined;
    }

    static ReportCounts of(ScanResult result) {
        Map<Rule, Row> byRule = new EnumMap<>(Rule.class);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int suppressed = 0;
        int baselined = 0;
        for (Finding f : result.findings()) {
            Row row = byRule.computeIfAbsent(f.rule(), r -> new Row());
            if (f.fixed()) {
                row.fixed++;
            } else if (setApart(f)) {
                row.setApart++;
                Finding.Suppression s = f.suppression();
                if (s != null && s.kind() == Finding.Suppression.Kind.BASELINE) {
                    baselined++;
                } else {
                    suppressed++;
                }
            } else {
                row.open++;
                row.fixable += f.fixable() ? 1 : 0;
                bySeverity.merge(f.severity(), 1, Integer::sum);
            }
        }
        return new ReportCounts(byRule, bySeverity, suppressed, baselined);
    }

    /** Listed apart from the others: suppressed inline or by the baseline, and not rewritten in this run. */
    static boolean setApart(Finding f) {
        return f.suppression() != null && !f.fixed();
    }

    /** How a set-apart finding is suppressed, in words. */
    static String suppressionKind(Finding.Suppression s) {
        return s.kind() == Finding.Suppression.Kind.BASELINE ? "baselined" : "suppressed inline";
    }
}
