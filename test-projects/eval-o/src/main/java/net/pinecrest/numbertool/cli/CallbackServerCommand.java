package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.callback.CallbackServer;
import net.pinecrest.numbertool.callback.NotificationHandler;
import net.pinecrest.numbertool.callback.PendingOrderRegistry;
import net.pinecrest.numbertool.config.CallbackServerSettings;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.partners.MessagingClient;
import net.pinecrest.numbertool.store.NumberDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "callbacks", description = "Run the order notification receiver until interrupted.")
public class CallbackServerCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        NumberDao dao = Support.dao(config);
        PendingOrderRegistry registry = new PendingOrderRegistry();
        for (NumberDao.Pending p : dao.pending()) {
            registry.register(p.customerId(), p.tn(), p.notifySmsTo());
        }
        MessagingClient messaging = new MessagingClient(Support.okHttp(), config.messagingBaseUrl(),
                config.accountId(), config.messagingApplicationId(), config.username(), config.password());
        NotificationHandler handler = new NotificationHandler(registry, dao, messaging);

        CountDownLatch stop = new CountDownLatch(1);
        try (CallbackServer server = new CallbackServer(CallbackServerSettings.load(), handler)) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
