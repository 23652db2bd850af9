package com.acme.numbers.web;

/**
 * The service's own REST API and other Bandwidth APIs: nothing here is a Dashboard v1 usage.
 * (Docs: https://dashboard.bandwidth.com/api/accounts/{id}/addresses was the v1 E911 route.)
 */
public class NumbersController {
    static final String OWN_ADDRESSES = "http://localhost:8080/api/accounts/42/addresses";
    static final String MESSAGES = "https://messaging.bandwidth.com/api/v2/users/9900001/messages";
    static final String CALLS = "https://voice.bandwidth.com/api/v2/accounts/9900001/calls";
    static final String MFA = "https://mfa.bandwidth.com/api/v1/accounts/9900001/code/voice";
    static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/u-1/availableNumbers/local?areaCode=919";
    static final String ALREADY_V2 = "https://dashboard.bandwidth.com/api/v2/accounts/9900001/e911Addresses";
    static final String IMPORTS_V2 = "https://dashboard.bandwidth.com/api/v2/accounts/9900001/importTnOrders/messaging";

    public String describe() {
        return "Own addresses live at " + OWN_ADDRESSES;
    }
}
