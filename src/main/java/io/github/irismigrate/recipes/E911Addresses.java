package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.HOLE;
import static io.github.irismigrate.recipes.UrlPatterns.SEGMENT_END;

/**
 * BW002 e911-addresses: {@code /accounts/{id}/addresses} (any spelling of the id, sub-paths included) becomes
 * {@code /accounts/{id}/e911Addresses} wherever the request goes to the Dashboard API.
 */
public class E911Addresses extends IrisRecipe {
    private static final Pattern UNDER_ACCOUNT = Pattern.compile(
            "(?:^|[/" + HOLE + "])accounts/[^/?#\\s]+/(addresses)" + SEGMENT_END);
    /**
     * {@code accountUrl + "/addresses"}: the account part is built elsewhere. Not after a segment of the text's own
     * ({@code "/customers/" + id + "/addresses"}: the unknown part is another resource's id, not the account's URL).
     */
    private static final Pattern AFTER_BASE = Pattern.compile(
            UrlPatterns.afterUnknownBase("(?<![\\w}]/)") + "/(addresses)" + SEGMENT_END);

    @JsonCreator
    public E911Addresses(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public E911Addresses() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW002;
    }

    @Override
    protected List<PlannedFinding> plan(RuleContext context) {
        List<PlannedFinding> out = new ArrayList<>();
        for (ProjectFacts.ResolvedRoot rr : context.facts().resolvedRoots()) {
            if (!context.reachesDashboard(rr)) {
                continue;
            }
            String flat = rr.text().flat();
            Matcher m = UNDER_ACCOUNT.matcher(flat);
            boolean any = false;
            while (m.find()) {
                any = true;
                add(out, rr, m.start(1), m.end(1));
            }
            if (!any && rr.target() == ApiTarget.UNKNOWN) {
                Matcher b = AFTER_BASE.matcher(flat);
                while (b.find()) {
                    add(out, rr, b.start(1), b.end(1));
                }
            }
        }
        return out;
    }

    private static void add(List<PlannedFinding> out, ProjectFacts.ResolvedRoot rr, int start, int end) {
        PlannedFinding f = finding(Rule.BW002, rr.text(), start, end, "e911Addresses", Rule.BW002.message(
                "E911 addresses moved to /accounts/{id}/e911Addresses in v2, and /addresses is now a different resource "
                        + "(reusable addresses) that answers without error",
                "change /addresses to /e911Addresses"));
        if (f != null) {
            out.add(f);
        }
    }
}
