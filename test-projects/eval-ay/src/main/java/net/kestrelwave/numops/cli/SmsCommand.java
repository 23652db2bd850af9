package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.sdk.SdkOrderService;
import net.kestrelwave.numops.sippeer.SipPeerTnClient;
import net.kestrelwave.numops.util.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sms", description = "Turn SMS on or off for numbers on our SIP peer.")
public class SmsCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--off", description = "Disable instead of enable")
    boolean off;

    @Option(names = "--tn-option-order", description = "Send one TN option order for all numbers")
    boolean tnOptionOrder;

    @Option(names = "--forward-to", description = "Also set call forwarding to this number")
    String forwardTo;

    @Parameters(arity = "1..*")
    List<String> numbers;

    @Override
    public Integer call() throws Exception {
        List<String> tns = numbers.stream().map(PhoneNumbers::normalizeInput).toList();
        if (tnOptionOrder) {
            var response = new SdkOrderService(app.iris()).setSms(tns, !off);
            System.out.println("TN option order " + response.getTnOptionOrder().getOrderId());
            return 0;
        }
        DashboardHttp http = app.http();
        SipPeerTnClient peer = new SipPeerTnClient(http, app.settings().siteId(), app.settings().sipPeerId());
        for (String tn : tns) {
            Map<String, Object> context = new HashMap<>();
            context.put("tn", tn);
            context.put("sms", !off);
            String body = app.templates().render("sippeer-tn-messaging.xml", context);
            URI uri = http.accountUri("sites", app.settings().siteId(), "sippeers", app.settings().sipPeerId(), "tns", tn).build();
            http.put(uri, body);
            if (forwardTo != null) {
                peer.setCallForward(tn, PhoneNumbers.normalizeInput(forwardTo));
            }
            System.out.println(tn + ": SMS " + (off ? "off" : "on"));
        }
        return 0;
    }
}
