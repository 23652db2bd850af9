package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.Finding.Suppression;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Scan results as the engine would hand them to the reports, built by hand. */
final class SampleScans {

    static final String CONFIG_JAVA = "src/main/java/com/acme/telecom/IrisConfig.java";
    static final String ORDER_XML = "src/main/resources/templates/order.xml";
    static final String CALLBACKS_JAVA = "src/main/java/com/acme/telecom/CallbackHandler.java";
    static final String ODD_PATH = "src/main/java/com/acme/Ünicode dir/Orders#1.java";
    static final String ADDRESSES_JAVA = "src/main/java/com/acme/telecom/AddressClient.java";

    static final String BASE_URL_LINE = "    private static final String BASE = \"https://dashboard.bandwidth.com/api/\";";
    static final String BASE_URL_DIFF = """
            --- a/src/main/java/com/acme/telecom/IrisConfig.java
            +++ b/src/main/java/com/acme/telecom/IrisConfig.java
            @@ -11,3 +11,3 @@
             public final class IrisConfig {
            -    private static final String BASE = "https://dashboard.bandwidth.com/api/";
            +    private static final String BASE = "https://dashboard.bandwidth.com/api/v2/";
             }
            """;
    /** Special characters everywhere: quotes, angle brackets, ampersand, backslash, tab, non-ASCII, an emoji. */
    static final String XML_LINE = "\t<TelephoneNumber>9195551234</TelephoneNumber> <!-- \"Müller\" & <co> \\ 📞 -->";
    static final String XML_MESSAGE = "[BW006] v2 expects E.164 numbers, \"9195551234\" is sent as 10 digits; write \"+19195551234\" <not> & \\n";
    static final String XML_DIFF = """
            --- a/src/main/resources/templates/order.xml
            +++ b/src/main/resources/templates/order.xml
            @@ -7 +7 @@
            -\t<TelephoneNumber>9195551234</TelephoneNumber> <!-- "Müller" & <co> \\ 📞 -->
            +\t<TelephoneNumber>+19195551234</TelephoneNumber> <!-- "Müller" & <co> \\ 📞 -->
            """;

    private SampleScans() {
    }

    /** Five findings (fixable with diff, inline-suppressed, baselined, odd path, multi-line) and two tool errors. */
    static ScanResult realistic() {
        Finding baseUrl = finding(Rule.BW001, CONFIG_JAVA, 12, BASE_URL_LINE, "\"https://dashboard.bandwidth.com/api/\"",
                Rule.BW001.message("the Dashboard API moves to /api/v2/", "use https://dashboard.bandwidth.com/api/v2/"),
                true, BASE_URL_DIFF, null, "bw001:6f1c2e");
        Finding xmlNumber = finding(Rule.BW006, ORDER_XML, 7, XML_LINE, "9195551234", XML_MESSAGE, true, XML_DIFF,
                new Suppression(Suppression.Kind.INLINE, "fixture for the \"legacy\" simulator <v1>"), "bw006:a1b2c3");
        Finding callback = finding(Rule.BW007, CALLBACKS_JAVA, 33,
                "        if (tn.length() == 10) {", "tn.length() == 10",
                Rule.BW007.message("v2 callbacks carry E.164 numbers", "accept +1 numbers or ask for LEGACY"),
                false, null, new Suppression(Suppression.Kind.BASELINE, "in baseline iris-migrate-baseline.json"),
                "bw007:deadbeef");
        Finding externalTns = finding(Rule.BW004, ODD_PATH, 5,
                "        post(\"/accounts/\" + id + \"/externalTns\", order);", "\"/externalTns\"",
                Rule.BW004.message("/externalTns no longer exists", "POST the ExternalTnsOrder to /importTnOrders/messaging"),
                false, null, null, "bw004:0001");
        Finding addresses = new Finding(Rule.BW002, ADDRESSES_JAVA, 40, 25, 41, 30,
                Rule.BW002.message("/addresses is E911 only in v1", "use /e911Addresses"),
                "        String path = \"/accounts/\" + accountId", true, false, null, null, "bw002:multi");
        return new ScanResult("acme-telecom", List.of(baseUrl, xmlNumber, callback, externalTns, addresses),
                List.of(new ToolError("src/main/java/com/acme/telecom/Broken.java", null,
                                "could not parse: ';' expected at 14:9"),
                        new ToolError("config/application.yml", "BW005", "rule failed: NullPointerException")),
                42, 0, 1234L);
    }

    static final String HOSTILE_JAVA = "src/main/java/com/acme/<b>x</b>|`evil`/Evil (1).java";
    /** A string literal meant to script the page, break out of elements, fences, tables and comments. */
    static final String HOSTILE_LINE = "    String s = \"<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
            + "</textarea></pre><img src=x onerror=\\\"document.body.setAttribute('data-pwned','2')\\\">"
            + " ```` ~~~ | a | b | [link](javascript:alert(1)) <!-- $x$ @octocat https://dashboard.bandwidth.com/api/\";";
    static final String HOSTILE_DIFF = "--- a/Evil.java\n+++ b/Evil.java\n@@ -3 +3 @@\n-" + HOSTILE_LINE + "\n+"
            + HOSTILE_LINE.replace("/api/", "/api/v2/") + "\n";
    static final String PASSWORD_LINE = "        IrisClient client = new IrisClient(\"9900001\", \"apiuser\", \"hunter2\");";
    static final String PASSWORD_DIFF = """
            --- a/src/main/java/com/acme/telecom/ClientFactory.java
            +++ b/src/main/java/com/acme/telecom/ClientFactory.java
            @@ -8 +8 @@
            -        IrisClient client = new IrisClient("9900001", "apiuser", "hunter2");
            +        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900001", "apiuser", "hunter2", "api/v2");
            """;

    /** Hostile text in every field that comes from scanned code, and a password in a snippet, a diff and a reason. */
    static ScanResult hostile() {
        Finding evil = finding(Rule.BW001, HOSTILE_JAVA, 3, HOSTILE_LINE, "\"https://dashboard.bandwidth.com/api/\"",
                "[BW001] moves </textarea><script>alert(1)</script> | ``` [x](javascript:alert(1)) <!--; do it",
                true, HOSTILE_DIFF, null, "bw001:evil");
        Finding evilSuppressed = finding(Rule.BW006, HOSTILE_JAVA, 4, HOSTILE_LINE, "<script>", XML_MESSAGE, false, null,
                new Suppression(Suppression.Kind.INLINE, "<script>document.title='PWNED'</script> | ``` <!-- password=hunter2"),
                "bw006:evil");
        Finding password = finding(Rule.BW001, "src/main/java/com/acme/telecom/ClientFactory.java", 8, PASSWORD_LINE,
                "new IrisClient(\"9900001\", \"apiuser\", \"hunter2\")",
                Rule.BW001.message("the SDK's /v1.0/ moves to /api/v2/", "pass the base URL and \"api/v2\""),
                true, PASSWORD_DIFF, null, "bw001:pw");
        return new ScanResult("<script>alert('project')</script>", List.of(evil, evilSuppressed, password),
                List.of(new ToolError(HOSTILE_JAVA, "BW<i>1</i>", "failed on <script>alert(2)</script> ``` | curl -u a:hunter2")),
                3, 0, 7L);
    }

    static ScanResult empty() {
        return new ScanResult("clean-project", List.of(), List.of(), 10, 0, 5L);
    }

    static Finding finding(Rule rule, String file, int line, String snippet, String token, String message,
                           boolean fixable, @Nullable String diff, @Nullable Suppression suppression, String fingerprint) {
        int column = snippet.indexOf(token) + 1;
        return new Finding(rule, file, line, column, line, column + token.length(), message, snippet, fixable, false,
                diff, suppression, fingerprint);
    }
}
