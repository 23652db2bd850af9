package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.model.SubscriptionPayload;
import io.vertx.core.Future;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the Dashboard calls us back for every order type we track. Run at deploy time by
 * the release pipeline ({@code numbering-hub subscriptions --apply}).
 */
@Singleton
public class SubscriptionRegistrar {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRegistrar.class);

    /** 2068-12-07, i.e. "never" for the Dashboard. */
    static final long CALLBACK_EXPIRY = 3122064000L;

    private static final String ORDER_SUBSCRIPTION = """
            <Subscription>
              <OrderType>%s</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>%d</Expiry>
                <CallbackCredentials>
                  <BasicAuthentication>
                    <Username>%s</Username>
                    <Password>%s</Password>
                  </BasicAuthentication>
                </CallbackCredentials>
              </CallbackSubscription>
            </Subscription>
            """;

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;
    private final String opsEmail;

    @Inject
    public SubscriptionRegistrar(DashboardHttp http, XmlCodec xml,
                                 @Named(ConfigKeys.CALLBACK_PUBLIC_URL) String callbackBase,
                                 @Named(ConfigKeys.CALLBACK_USER) String callbackUser,
                                 @Named(ConfigKeys.CALLBACK_PASSWORD) String callbackPassword,
                                 @Named("ops.email") String opsEmail) {
        this.http = http;
        this.xml = xml;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
        this.opsEmail = opsEmail;
    }

    public Future<Void> registerAll() {
        return Future.all(List.of(
                        registerOrderType("orders"),
                        registerOrderType("importtnorders"),
                        registerOrderType("removeimportedtnorders"),
                        registerPortIns(),
                        registerDisconnects(),
                        registerDigest()))
                .onSuccess(ok -> log.info("dashboard subscriptions registered"))
                .mapEmpty();
    }

    private Future<String> registerOrderType(String orderType) {
        String body = ORDER_SUBSCRIPTION.formatted(orderType, callbackBase + "/" + orderType, CALLBACK_EXPIRY,
                callbackUser, callbackPassword);
        return post(body);
    }

    private Future<String> registerPortIns() {
        SubscriptionPayload portins = SubscriptionPayload
                .callback("portins", callbackBase + "/portins", CALLBACK_EXPIRY, callbackUser, callbackPassword)
                .withNumberFormat("E164");
        return post(xml.write(portins));
    }

    private Future<String> registerDisconnects() {
        SubscriptionPayload disconnects = SubscriptionPayload
                .callback("disconnects", callbackBase + "/disconnects", CALLBACK_EXPIRY, callbackUser, callbackPassword);
        return post(xml.write(disconnects));
    }

    private Future<String> registerDigest() {
        return post(xml.write(SubscriptionPayload.email("portins", opsEmail, "DAILY")));
    }

    private Future<String> post(String body) {
        return http.sendXml(http.post(http.url(DashboardPaths.SUBSCRIPTIONS)), body);
    }
}
