package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.callback.SubscriptionRequests;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisSubscriptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "subscribe", description = "Point the Dashboard's order notifications at the NOC receiver.")
public class SubscribeCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--callback-user", defaultValue = "${env:PNT_CALLBACK_USER}")
    String callbackUser;

    @Option(names = "--callback-password", defaultValue = "${env:PNT_CALLBACK_PASSWORD}")
    String callbackPassword;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        String url = config.callbackPublicUrl();

        IrisSubscriptionService sdk = new IrisSubscriptionService(IrisClientFactory.create(config));
        System.out.println("orders: " + sdk.subscribeCallback("orders", url, callbackUser, callbackPassword));
        System.out.println("digest: " + sdk.subscribeEmail("orders", "noc-orders@pinecrest.net"));

        try (DashboardHttpClient http = new DashboardHttpClient(config)) {
            SubscriptionRequests raw = new SubscriptionRequests(http);
            raw.portIns(url, callbackUser, callbackPassword);
            raw.disconnects(url);
            raw.importOrders(url, callbackUser, callbackPassword);
        }
        return 0;
    }
}
