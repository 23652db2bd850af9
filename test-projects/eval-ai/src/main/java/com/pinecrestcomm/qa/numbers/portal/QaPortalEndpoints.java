package com.pinecrestcomm.qa.numbers.portal;

/**
 * Endpoints of our own number-management service (the "QA portal" backend), which the
 * end-to-end tests drive before checking the carrier side.
 */
public final class QaPortalEndpoints {

    public static final String BASE_URL = "https://numbers-portal.qa.pinecrestcomm.com";

    public static final String ACCOUNT_NUMBERS = "/api/accounts/{accountId}/numbers";
    public static final String ACCOUNT_ADDRESSES = "/api/accounts/{accountId}/addresses";
    public static final String CUSTOMER_ADDRESS = "/api/customers/{customerId}/addresses/{addressId}";
    public static final String NUMBER_SEARCH = "/api/v1/numbers/search?areaCode={areaCode}&state={state}";
    public static final String PORT_REQUESTS = "/api/v1/port-requests";
    public static final String IMPORTS = "/api/hosted-messaging/importTnOrders";

    private QaPortalEndpoints() {
    }
}
