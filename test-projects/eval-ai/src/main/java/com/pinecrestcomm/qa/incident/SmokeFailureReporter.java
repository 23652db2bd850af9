package com.pinecrestcomm.qa.incident;

import com.pinecrestcomm.qa.numbers.config.BandwidthHosts;

/**
 * Pages the carrier-integration on-call when a production smoke test fails twice in a row.
 */
public class SmokeFailureReporter {

    private final IrisClient iris;
    private final String accountId;

    public SmokeFailureReporter(String accountId) {
        this.iris = new IrisClient("carrier-integration", "qa-bot", System.getenv("IRIS_PAGER_TOKEN"));
        this.accountId = accountId;
    }

    public void report(String testName, Throwable failure) throws Exception {
        String details = failure + "\nPortal: " + BandwidthHosts.PORTAL + accountId
                + "\nRunbook: https://wiki.pinecrestcomm.com/qa/dashboard-smoke#v1-to-v2";
        iris.page("Dashboard smoke failed: " + testName, details);
    }
}
