package org.harborline.provisioning;

import org.harborline.provisioning.http.IrisHttpClient;
import org.harborline.provisioning.http.LegacyInetworkOrderClient;
import org.springframework.context.support.ClassPathXmlApplicationContext;

/**
 * Entry point of the provisioning daemon (started by /etc/init.d/harborline-prov).
 */
public final class ProvisioningMain {

    private ProvisioningMain() {
    }

    public static void main(String[] args) throws Exception {
        try (ClassPathXmlApplicationContext ctx = new ClassPathXmlApplicationContext("applicationContext.xml")) {
            IrisHttpClient http = ctx.getBean("irisHttpClient", IrisHttpClient.class);
            LegacyInetworkOrderClient legacy = ctx.getBean(LegacyInetworkOrderClient.class);
            String accountId = ctx.getEnvironment().getProperty("iris.accountId", "9900123");
            System.out.println(http.smokeCheck(accountId));
            System.out.println(legacy.getClass().getSimpleName() + " ready");
        }
    }
}
