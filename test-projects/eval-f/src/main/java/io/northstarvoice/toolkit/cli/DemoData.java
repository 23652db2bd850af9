package io.northstarvoice.toolkit.cli;

import java.util.List;

/** Numbers and ids used by demos and smoke runs on the sandbox account. */
final class DemoData {

    static final String FORWARD_CANARY = "3365550177";
    static final List<String> DEMO_ORDER = List.of(
            "6672286711",
            "5756186701");
    /** Dashboard user id of the demo operator (not a phone number). */
    static final long DEMO_USER_ID = 3005001234L;

    private DemoData() {
    }
}
