package net.kestreltel.numgate.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Keeps our Dashboard notification subscriptions in place. Run at start-up by
 * {@code SubscriptionBootstrap}; the Dashboard answers 409 when the subscription exists.
 */
@Component
public class SubscriptionClient {

    private static final String CALLBACK_SUBSCRIPTION = """
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

    private static final String EMAIL_DIGEST_SUBSCRIPTION = """
            <Subscription>
                <OrderType>%s</OrderType>
                <EmailSubscription>
                    <Email>%s</Email>
                    <DigestRequested>DAILY</DigestRequested>
                </EmailSubscription>
            </Subscription>
            """;

    private final WebClient dashboard;
    private final DashboardProperties props;

    public SubscriptionClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                              DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    /** Callbacks for new-number orders ("orders") and disconnects ("disconnects"). */
    public Mono<String> subscribe(String orderType) {
        DashboardProperties.Callback cb = props.callback();
        String body = CALLBACK_SUBSCRIPTION.formatted(orderType, cb.url(), cb.expiry(), cb.username(), cb.password());
        return post(body);
    }

    /** Hosted-messaging import orders report to a separate endpoint of ours. */
    public Mono<String> subscribeImportOrders() {
        DashboardProperties.Callback cb = props.callback();
        String body = template("templates/subscription-importtnorders.xml")
                .replace("${url}", cb.url() + "/import-orders")
                .replace("${user}", cb.username())
                .replace("${password}", cb.password());
        return post(body);
    }

    /** Port-out notices; this subscription was created after the v2 announcement and asks for E.164. */
    public Mono<String> subscribePortOuts() {
        DashboardProperties.Callback cb = props.callback();
        String body = template("templates/subscription-portouts.xml")
                .replace("${url}", cb.url() + "/port-outs")
                .replace("${user}", cb.username())
                .replace("${password}", cb.password());
        return post(body);
    }

    /** Daily digest e-mail of port-in activity for the porting desk. */
    public Mono<String> subscribeDigest(String email) {
        return post(EMAIL_DIGEST_SUBSCRIPTION.formatted("portins", email));
    }

    private Mono<String> post(String body) {
        return dashboard.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, props.accountId())
                .bodyValue(body)
                .retrieve()
                .bodyToMono(String.class);
    }

    private static String template(String resource) {
        try {
            return StreamUtils.copyToString(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
