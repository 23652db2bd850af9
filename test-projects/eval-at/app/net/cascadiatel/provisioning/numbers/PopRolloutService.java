package net.cascadiatel.provisioning.numbers;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;

/** Numbers for a new point of presence, driven by the templates in conf/templates. */
@Singleton
public class PopRolloutService {

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;

    @Inject
    public PopRolloutService(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
    }

    public CompletionStage<String> orderNumbers() {
        return dashboard.checked(dashboard.postXml(paths.orders(), Xml.template("pop-rollout-order.xml")));
    }

    public CompletionStage<String> enableHostedMessaging() {
        return dashboard.checked(dashboard.postXml(paths.importTnOrders(), Xml.template("pop-hosted-messaging.xml")));
    }

    public CompletionStage<String> enableSms() {
        return dashboard.checked(dashboard.postXml(paths.tnOptions(), Xml.template("pop-sms-on.xml")));
    }

    public CompletionStage<String> forwardAndSms(String tn, String forward, boolean sms) {
        String body = Xml.render("sippeer-tn-sms.xml",
                Map.of("tn", tn, "forward", forward, "smsEnabled", String.valueOf(sms)));
        return dashboard.checked(dashboard.putXml(paths.sipPeerTn(settings.siteId(), settings.sipPeerId(), tn), body));
    }
}
