package com.acme.provisioning.iris;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dashboard connection settings from application.yml. */
@Component
public class IrisProperties {
    private final String baseUrl;
    private final String accountId;
    private final String siteId;

    public IrisProperties(@Value("${iris.base-url}") String baseUrl,
                          @Value("${iris.account-id}") String accountId,
                          @Value("${iris.site-id}") String siteId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String siteId() {
        return siteId;
    }
}
