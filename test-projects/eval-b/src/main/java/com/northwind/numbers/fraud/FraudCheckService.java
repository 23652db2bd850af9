package com.northwind.numbers.fraud;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Scores number orders before they reach the Dashboard.
 */
@Service
public class FraudCheckService {

    private static final int BLOCK_THRESHOLD = 80;

    private final IrisClient riskIris;

    public FraudCheckService(@Value("${risk.account:northwind}") String account,
                             @Value("${risk.user:svc-numbers}") String user,
                             @Value("${risk.password:}") String password) {
        this.riskIris = new IrisClient(account, user, password);
    }

    public boolean allowed(String customerId, String requestedTn) throws Exception {
        return riskIris.score(customerId, requestedTn) < BLOCK_THRESHOLD;
    }

    public IrisClient stagingClient() {
        return new IrisClient("https://iris.risk-staging.northwind-internal.example/api", "northwind",
                "svc-numbers", "", "v1.0");
    }
}
