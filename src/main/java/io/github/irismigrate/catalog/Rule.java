package io.github.irismigrate.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule catalog: every v1 usage the tool reports belongs to exactly one of these rules.
 * Ids are stable; they are the {@code ruleId} in SARIF and JSON and the key of baselines and suppressions.
 * Recipes, reports and docs all read their metadata from here.
 */
public enum Rule {
    BW001("v1-base-path", Severity.ERROR, Action.FIX,
            "v1 base path of the Dashboard API",
            "The Dashboard API moves from /api/ (and the SDK's /v1.0/) to /api/v2/. Dashboard hosts are rewritten to "
                    + "https://dashboard.bandwidth.com/api/v2; legacy api.inetwork.com hosts and non-literal SDK versions are flagged."),
    BW002("e911-addresses", Severity.ERROR, Action.FIX,
            "E911 addresses moved to /e911Addresses",
            "GET /accounts/{id}/addresses becomes /accounts/{id}/e911Addresses in v2. /addresses still exists in v2 but is a "
                    + "different resource (reusable addresses), so a missed call fails silently."),
    BW003("import-orders-messaging", Severity.ERROR, Action.FIX,
            "Import TN orders moved under /messaging",
            "/importTnOrders becomes /importTnOrders/messaging and /removeImportedTnOrders becomes "
                    + "/removeImportedTnOrders/messaging in v2, sub-paths included."),
    BW004("external-tns-removed", Severity.ERROR, Action.FLAG,
            "/externalTns no longer exists in v2",
            "v2 has no /externalTns. New inventory goes to POST /accounts/{id}/importTnOrders/messaging with the same "
                    + "ExternalTnsOrder body; removals go to POST /accounts/{id}/removeImportedTnOrders/messaging with a "
                    + "RemoveImportedTnOrder body."),
    BW005("area-code-needs-country", Severity.ERROR, Action.FIX,
            "areaCode filter without countryCodeA3",
            "v2 requires countryCodeA3 with every areaCode filter (availableNumbers, inserviceNumbers, availableNpaNxx)."),
    BW006("ten-digit-number-sent", Severity.ERROR, Action.FIX,
            "Phone number sent in 10-digit national format",
            "v2 expects E.164 phone numbers (+1...) in requests; 10-digit numbers are rewritten to +1 form."),
    BW007("ten-digit-number-expected", Severity.WARNING, Action.FLAG,
            "Code assumes 10-digit numbers from the API",
            "v2 returns E.164 numbers in responses, and in callbacks and reports unless they ask for LEGACY. Code that "
                    + "assumes 10 digits breaks."),
    BW008("area-code-as-integer", Severity.WARNING, Action.FLAG,
            "Area code handled as a number",
            "v2 area codes are strings holding country and area code (\"+1919\", \"+27098\"); a leading zero is significant."),
    BW009("messaging-via-sippeer-tns", Severity.ERROR, Action.FLAG,
            "Messaging switched through /sippeers/{id}/tns",
            "v2 answers 400 when a /sippeers/{id}/tns request carries messaging settings; send a TN option order instead."),
    BW010("legacy-number-format", Severity.NOTE, Action.FIX,
            "Subscription or report without NumberFormat LEGACY",
            "Opt-in: keeps callbacks and reports in 10-digit format by adding <NumberFormat>LEGACY</NumberFormat>."),
    BW011("sdk-endpoint-stuck-on-v1", Severity.ERROR, Action.FLAG,
            "Iris SDK call hard-coded to a v1 route",
            "The Iris SDK builds ImportTnOrder and RemoveImportedTnOrder paths without /messaging; these calls stay on a "
                    + "route v2 does not have, whatever the client's version.");

    /** Whether the catalog rewrites usages of a rule automatically or only reports them. */
    public enum Action { FIX, FLAG }

    /** Base of the published rule documentation; each rule's page is {@code <base>/<id>.md}. */
    public static final String DOCS_BASE = "https://github.com/irismigrate/iris-migrate/blob/main/docs/rules/";

    private final String ruleName;
    private final Severity severity;
    private final Action action;
    private final String shortDescription;
    private final String fullDescription;

    Rule(String ruleName, Severity severity, Action action, String shortDescription, String fullDescription) {
        this.ruleName = ruleName;
        this.severity = severity;
        this.action = action;
        this.shortDescription = shortDescription;
        this.fullDescription = fullDescription;
    }

    public String id() {
        return name();
    }

    /** The kebab-case name, e.g. {@code v1-base-path}. */
    public String ruleName() {
        return ruleName;
    }

    public Severity severity() {
        return severity;
    }

    public Action action() {
        return action;
    }

    public String shortDescription() {
        return shortDescription;
    }

    public String fullDescription() {
        return fullDescription;
    }

    /** Repository-relative path of the rule's doc page. */
    public String docPath() {
        return "docs/rules/" + id() + ".md";
    }

    public String helpUri() {
        return DOCS_BASE + id() + ".md";
    }

    /** The message shape every finding follows: {@code [BWnnn] what changes in v2; what to do}. */
    public String message(String whatChanges, String whatToDo) {
        return "[" + id() + "] " + whatChanges + "; " + whatToDo;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(id.trim())).findFirst();
    }
}
