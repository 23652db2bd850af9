package net.cascadiatel.provisioning.iris;

import java.util.Objects;

/**
 * URL helpers for the raw (non-SDK) Dashboard calls. The base comes from
 * {@code iris.dashboard.base-url}, without trailing slash.
 */
public final class DashboardPaths {

    private final String base;
    private final String accountId;

    public DashboardPaths(String base, String accountId) {
        this.base = stripTrailingSlash(Objects.requireNonNull(base, "base"));
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    public String base() {
        return base;
    }

    public String accountId() {
        return accountId;
    }

    public String account() {
        return base + "/accounts/" + accountId;
    }

    public String orders() {
        return account() + "/orders";
    }

    public String order(String orderId) {
        return orders() + "/" + orderId;
    }

    public String availableNumbers() {
        return account() + "/availableNumbers";
    }

    public String availableNpaNxx() {
        return account() + "/availableNpaNxx";
    }

    public String inserviceNumbers() {
        return account() + "/inserviceNumbers";
    }

    public String siteInserviceNumbers(String siteId) {
        return account() + "/sites/" + siteId + "/inserviceNumbers";
    }

    public String e911Addresses() {
        return base + "/accounts/" + accountId + "/addresses";
    }

    public String e911Address(String addressId) {
        return e911Addresses() + "/" + addressId;
    }

    public String importTnOrders() {
        return account() + "/importTnOrders";
    }

    public String importTnOrder(String orderId) {
        return importTnOrders() + "/" + orderId;
    }

    public String removeImportedTnOrders() {
        return account() + "/removeImportedTnOrders";
    }

    public String importTnChecker() {
        return account() + "/importTnChecker";
    }

    public String externalTns() {
        return account() + "/externalTns";
    }

    public String sipPeerTns(String siteId, String sipPeerId) {
        return account() + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns";
    }

    public String sipPeerTn(String siteId, String sipPeerId, String tn) {
        return sipPeerTns(siteId, sipPeerId) + "/" + tn;
    }

    public String tnOptions() {
        return account() + "/tnoptions";
    }

    public String subscriptions() {
        return account() + "/subscriptions";
    }

    public String reportInstances(String reportId) {
        return account() + "/reports/" + reportId + "/instances";
    }

    public String tn(String tn) {
        return base + "/tns/" + tn;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
