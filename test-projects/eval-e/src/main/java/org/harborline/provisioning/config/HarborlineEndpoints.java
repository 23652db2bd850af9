package org.harborline.provisioning.config;

/**
 * Our own services. Everything here is Harborline infrastructure, not Bandwidth.
 */
public final class HarborlineEndpoints {

    public static final String PORTAL_API = "https://portal.harborline.net/api/";
    public static final String CUSTOMER_ADDRESSES = PORTAL_API + "customers/%s/addresses";
    public static final String OPS_ACCOUNT_ADDRESSES = "https://ops.harborline.net/api/accounts/%s/addresses";
    public static final String BILLING_INVOICES = "https://billing.harborline.net/api/v1/invoices/";
    public static final String NUMBER_CALLBACK_URL = "https://hooks.harborline.net/api/iris/notifications";

    private HarborlineEndpoints() {
    }
}
