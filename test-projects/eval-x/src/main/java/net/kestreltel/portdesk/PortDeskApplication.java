package net.kestreltel.portdesk;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import net.kestreltel.portdesk.callbacks.SubscriptionService;
import net.kestreltel.portdesk.hosted.HostedMessagingOnboarding;
import net.kestreltel.portdesk.config.PortDeskModule;
import net.kestreltel.portdesk.web.PortDeskHttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entry point of the PortDesk back-office service. */
public final class PortDeskApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PortDeskApplication.class);

    private PortDeskApplication() {
    }

    /** Shape of seed/hosted-messaging-seed.json. */
    static class HostedSeed {
        String customerOrderId;
        String loaAuthorizingPerson;
        List<String> telephoneNumbers;
    }

    public static void main(String[] args) throws Exception {
        Injector injector = Guice.createInjector(new PortDeskModule());
        if (args.length > 0 && "--seed-hosted".equals(args[0])) {
            seedHostedMessaging(injector);
            return;
        }
        injector.getInstance(SubscriptionService.class).ensureCallbacks();
        PortDeskHttpServer server = injector.getInstance(PortDeskHttpServer.class);
        server.start();
        LOG.info("PortDesk started; Dashboard callbacks expected on /callbacks/dashboard");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    private static void seedHostedMessaging(Injector injector) throws Exception {
        JsonAdapter<HostedSeed> adapter = new Moshi.Builder().build().adapter(HostedSeed.class);
        try (InputStream in = PortDeskApplication.class.getResourceAsStream("/seed/hosted-messaging-seed.json")) {
            HostedSeed seed = adapter.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String orderId = injector.getInstance(HostedMessagingOnboarding.class)
                    .onboard(seed.customerOrderId, seed.telephoneNumbers, seed.loaAuthorizingPerson);
            LOG.info("Seeded hosted messaging order {}", orderId);
        }
    }
}
