package com.pinecrestcomm.qa.numbers.support;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;

/**
 * IrisProperties for unit and contract tests that do not start Spring.
 */
public final class TestProps {

    public static final String ACCOUNT_ID = "9900012";
    public static final String SITE_ID = "461";
    public static final String SIP_PEER_ID = "303716";

    private TestProps() {
    }

    public static IrisProperties iris(String baseUrl) {
        return new IrisProperties(baseUrl, ACCOUNT_ID, SITE_ID, SIP_PEER_ID, "qa", "secret", null,
                "https://qa-hooks.pinecrestcomm.com/api/iris/callbacks");
    }
}
