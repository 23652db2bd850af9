package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.dashboard.SipPeerTnClient;
import net.pinecrest.numbertool.dashboard.xml.SipPeerTnUpdate;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisTnOptionService;
import okhttp3.ResponseBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrofit2.Response;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sms", description = "Turn SMS on or off for numbers.")
public class MessagingToggleCommand implements Callable<Integer> {

    enum Method { PEER, PEER_RETROFIT, TN_OPTION }

    @Mixin
    GlobalOptions global;

    @Option(names = "--tn", split = ",", required = true)
    List<String> tns;

    @Option(names = "--off")
    boolean off;

    @Option(names = "--method", defaultValue = "PEER",
            description = "PEER (per-number SIP peer setting), PEER_RETROFIT or TN_OPTION.")
    Method method;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        boolean enable = !off;
        switch (method) {
            case PEER -> {
                try (DashboardHttpClient http = new DashboardHttpClient(config)) {
                    SipPeerTnClient peer = new SipPeerTnClient(http, config);
                    for (String tn : tns) {
                        peer.setSms(tn, enable);
                    }
                }
            }
            case PEER_RETROFIT -> {
                DashboardApi api = DashboardRetrofitFactory.create(config).create(DashboardApi.class);
                for (String tn : tns) {
                    SipPeerTnUpdate update = SipPeerTnUpdate.callForward(tn, null).withSms(enable);
                    Response<ResponseBody> r = api.updateSipPeerTn(config.accountId(), config.siteId(),
                            config.sipPeerId(), tn, update).execute();
                    System.out.println(tn + ": HTTP " + r.code());
                }
            }
            case TN_OPTION -> {
                String orderId = new IrisTnOptionService(IrisClientFactory.create(config)).setSms(tns, enable);
                System.out.println("tn option order " + orderId);
            }
        }
        return 0;
    }
}
