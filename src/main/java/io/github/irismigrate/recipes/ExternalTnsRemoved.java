package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.RootKind;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.SEGMENT_END;

/** BW004 external-tns-removed: any {@code /externalTns} path is flagged with the v2 requests that replace it. */
public class ExternalTnsRemoved extends IrisRecipe {
    /** The segment alone, handed to a method ({@code post("externalTns", body)}): only in code that talks to the Dashboard. */
    private static final Pattern BARE = Pattern.compile("(externalTns)");
    private static final Pattern EXTERNAL_TNS = Pattern.compile("(?:/|^(?=externalTns/))(externalTns)" + SEGMENT_END);

    static final String MESSAGE = Rule.BW004.message(
            "v2 has no /externalTns",
            "send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, "
                    + "and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body");

    @JsonCreator
    public ExternalTnsRemoved(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public ExternalTnsRemoved() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW004;
    }

    @Override
    protected List<PlannedFinding> plan(RuleContext context) {
        List<PlannedFinding> out = new ArrayList<>();
        for (ProjectFacts.ResolvedRoot rr : context.facts().resolvedRoots()) {
            if (rr.target() != ApiTarget.UNKNOWN && !rr.target().isDashboard() || context.relativeToAnotherHost(rr)) {
                continue;
            }
            String flat = rr.text().flat();
            Matcher m = (rr.root().kind() == RootKind.ARGUMENT && BARE.matcher(flat).matches() && context.reachesDashboard(rr)
                    ? BARE : EXTERNAL_TNS).matcher(flat);
            while (m.find()) {
                if (UrlPatterns.isOtherServersRoute(rr, m.start(1))) {
                    continue;
                }
                PlannedFinding f = finding(Rule.BW004, rr.text(), m.start(1), m.end(1), null, MESSAGE);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
