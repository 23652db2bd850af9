package io.northstarvoice.toolkit.cli;

import io.northstarvoice.toolkit.wiring.Wiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** Post-deploy smoke test against the real account, using numbers we keep for that purpose. */
@Command(name = "smoke", description = "Post-deploy smoke test")
class SmokeCommand implements Callable<Integer> {

    private static final List<String> SMS_CANARIES = List.of(
            "8045550123",
            "8045550124");

    @ParentCommand
    NorthstarCli parent;

    @Override
    public Integer call() throws Exception {
        Wiring w = parent.wiring();
        boolean ok = w.sdkInventory().healthy();

        String orderId = w.porting().submitRawOrder(resource("/payloads/canary-order.xml"));
        System.out.println("canary order " + orderId);
        System.out.println("demo order " + w.porting().orderExisting("NSV-DEMO", DemoData.DEMO_ORDER));

        w.sdkImports().enableSms("NSV-SMOKE", SMS_CANARIES);
        w.sipPeerTns().forwardTo(DemoData.FORWARD_CANARY, "+19195550100");
        System.out.println(w.porting().tnDetails("2125550142"));
        return ok ? 0 : 1;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SmokeCommand.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
