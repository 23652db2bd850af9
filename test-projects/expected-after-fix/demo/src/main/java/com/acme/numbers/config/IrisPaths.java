package com.acme.numbers.config;

/** Path templates shared by the Dashboard clients. */
public final class IrisPaths {
    public static final String E911_ADDRESSES = "/accounts/{accountId}/e911Addresses";
    public static final String IMPORT_ORDERS = "/importTnOrders/messaging";
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    private IrisPaths() {
    }
}
