package net.kestrelwave.provisioning.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Path overrides from application.properties. Most of them exist because support once needed to
 * point a single call at a sandbox account without a redeploy.
 */
@Component
public class DashboardProperties {

    @Value("${dashboard.e911.addresses-path}")
    private String e911AddressesPath;

    @Value("${dashboard.hosted-messaging.import-path}")
    private String importPath;

    @Value("${dashboard.hosted-messaging.removal-path}")
    private String removalPath;

    @Value("${dashboard.hosted-messaging.external-path}")
    private String externalPath;

    @Value("${dashboard.hosted-messaging.checker-path}")
    private String checkerPath;

    @Value("${dashboard.retry.max-attempts:4}")
    private int maxAttempts;

    public String e911AddressesPath(String accountId) {
        return e911AddressesPath.replace("{accountId}", accountId);
    }

    public String importPath(String accountId) {
        return importPath.replace("{accountId}", accountId);
    }

    public String removalPath(String accountId) {
        return removalPath.replace("{accountId}", accountId);
    }

    public String externalPath(String accountId) {
        return externalPath.replace("{accountId}", accountId);
    }

    public String checkerPath(String accountId) {
        return checkerPath.replace("{accountId}", accountId);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
