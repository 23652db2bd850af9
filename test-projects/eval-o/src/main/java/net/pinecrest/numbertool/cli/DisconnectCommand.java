package net.pinecrest.numbertool.cli;

import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.iot.IrisClient;
import net.pinecrest.numbertool.partners.MfaVerifier;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisOrderService;
import net.pinecrest.numbertool.sdk.LabNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "disconnect", description = "Release numbers back to the carrier, after the alarm-panel check.")
public class DisconnectCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--tn", split = ",")
    List<String> tns = new ArrayList<>();

    @Option(names = "--staunton-fax", description = "Also release the old Staunton fax lines.")
    boolean stauntonFax;

    @Option(names = "--engineer", required = true, description = "On-call engineer's mobile (E.164) for the MFA code.")
    String engineer;

    @Option(names = "--force", description = "Skip the alarm-panel check.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        List<String> release = new ArrayList<>(tns);
        if (stauntonFax) {
            Arrays.stream(LabNumbers.STAUNTON_FAX_LINES).mapToObj(Long::toString).forEach(release::add);
        }

        MfaVerifier mfa = new MfaVerifier(Support.okHttp(), config.accountId(), System.getenv("PNT_MFA_APP"),
                config.username(), config.password());
        mfa.sendCode(engineer);
        Console console = System.console();
        String code = console == null ? null : console.readLine("code sent to %s: ", engineer);
        if (!mfa.verify(engineer, code)) {
            System.err.println("MFA failed");
            return 3;
        }

        if (!force) {
            IrisClient alarms = new IrisClient(System.getenv("HUB_ACCOUNT"), System.getenv("HUB_USER"),
                    System.getenv("HUB_PASSWORD"));
            for (String tn : List.copyOf(release)) {
                if (alarms.hasPanelDialing(tn)) {
                    System.err.println(tn + " still carries an alarm panel, kept");
                    release.remove(tn);
                }
            }
        }
        if (release.isEmpty()) {
            return 0;
        }
        var dashboard = IrisClientFactory.create(config);
        DisconnectTelephoneNumberOrderResponse response = new IrisOrderService(dashboard, config.siteId(),
                config.sipPeerId()).disconnect(release, "PNC-DISC-" + System.currentTimeMillis() / 1000);
        System.out.println("disconnect order: " + response.getOrderStatus());
        return 0;
    }
}
