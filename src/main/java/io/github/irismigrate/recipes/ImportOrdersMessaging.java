package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.RootKind;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.SEGMENT_END;

/**
 * BW003 import-orders-messaging: {@code /importTnOrders} becomes {@code /importTnOrders/messaging} and
 * {@code /removeImportedTnOrders} becomes {@code /removeImportedTnOrders/messaging}, sub-paths included.
 */
public class ImportOrdersMessaging extends IrisRecipe {
    /**
     * The segment alone, handed to a method ({@code post("importTnOrders", body)} of a helper that appends it to the
     * account's URL): only in code that talks to the Dashboard.
     */
    private static final Pattern BARE = Pattern.compile("(importTnOrders|removeImportedTnOrders)");
    /** After a '/', or at the start of a relative path that goes on ({@code "importTnOrders/" + id}). */
    private static final Pattern COLLECTION = Pattern.compile(
            "(?:/|^(?=(?:importTnOrders|removeImportedTnOrders)/))"
                    + "(importTnOrders|removeImportedTnOrders)(?!/(?:messaging|voice)" + SEGMENT_END + ")" + SEGMENT_END);

    @JsonCreator
    public ImportOrdersMessaging(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public ImportOrdersMessaging() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW003;
    }

    @Override
    protected List<PlannedFinding> plan(RuleContext context) {
        List<PlannedFinding> out = new ArrayList<>();
        for (ProjectFacts.ResolvedRoot rr : context.facts().resolvedRoots()) {
            if (rr.target() != io.github.irismigrate.analysis.ApiTarget.UNKNOWN && !rr.target().isDashboard() || context.relativeToAnotherHost(rr)) {
                continue;
            }
            String flat = rr.text().flat();
            Matcher m = (rr.root().kind() == RootKind.ARGUMENT && BARE.matcher(flat).matches() && context.reachesDashboard(rr)
                    ? BARE : COLLECTION).matcher(flat);
            while (m.find()) {
                String name = m.group(1);
                if (UrlPatterns.isOtherServersRoute(rr, m.start(1))) {
                    continue;
                }
                PlannedFinding f = finding(Rule.BW003, rr.text(), m.start(1), m.end(1), name + "/messaging", Rule.BW003.message(
                        "v2 moved /" + name + " to /" + name + "/messaging (hosted messaging; /voice for voice imports), sub-paths included",
                        "change /" + name + " to /" + name + "/messaging"));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
