package com.pinecrestcomm.qa.numbers.support;

import java.util.List;

/**
 * Telephone numbers the QA account holds for smoke runs. Keep in sync with the inventory sheet
 * ("QA numbers" tab) before adding any.
 */
public final class TestNumbers {

    /** Raleigh number used by almost every order/sippeer test. */
    public static final String SMOKE_TN = "9195551234";
    public static final String SMOKE_TN_2 = "9845550190";
    public static final String PORTING_TN = "2525550178";

    /** The same smoke number as the v2 checks send it. */
    public static final String SMOKE_TN_E164 = "+19195551234";

    /** Printed in failure e-mails so that the NOC can call us; never sent to a carrier API. */
    public static final String QA_HOTLINE = "8885550100";

    public static final List<String> HOSTED_MESSAGING_BATCH = List.of("9195550147", "9195550148", "3365550112");

    private TestNumbers() {
    }
}
