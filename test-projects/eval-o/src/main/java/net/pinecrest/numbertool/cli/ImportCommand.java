package net.pinecrest.numbertool.cli;

import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.dashboard.ImportOrdersApi;
import net.pinecrest.numbertool.dashboard.xml.ExternalTnsOrder;
import net.pinecrest.numbertool.dashboard.xml.ImportTnOrder;
import net.pinecrest.numbertool.dashboard.xml.TemplateRenderer;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisImportService;
import okhttp3.ResponseBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrofit2.Response;
import retrofit2.Retrofit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import",
        description = "Turn on hosted messaging for numbers whose voice stays on our own switch.")
public class ImportCommand implements Callable<Integer> {

    enum Mode { SDK, RAW, EXTERNAL }

    @Mixin
    GlobalOptions global;

    @Option(names = "--tn", split = ",", required = true)
    List<String> tns;

    @Option(names = "--customer-order-id", required = true)
    String customerOrderId;

    @Option(names = "--loa-person", defaultValue = "Pinecrest NOC")
    String loaPerson;

    @Option(names = "--subscriber", defaultValue = "Pinecrest Telephone Cooperative")
    String subscriberName;

    @Option(names = "--mode", defaultValue = "SDK", description = "SDK, RAW (own payload) or EXTERNAL (off-net TNs).")
    Mode mode;

    @Option(names = "--remove", description = "Take the numbers off hosted messaging instead.")
    boolean remove;

    @Option(names = "--from-template", description = "EXTERNAL mode: render the ops-maintained XML template.")
    boolean fromTemplate;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        switch (mode) {
            case SDK -> {
                IrisImportService service = new IrisImportService(IrisClientFactory.create(config), config.siteId(),
                        config.sipPeerId());
                String orderId = remove
                        ? service.removeFromMessaging(tns, customerOrderId)
                        : service.importForMessaging(tns, customerOrderId, loaPerson, subscriber());
                System.out.println("import order " + orderId);
            }
            case RAW -> {
                Retrofit retrofit = DashboardRetrofitFactory.create(config);
                ImportTnOrder order = ImportTnOrder.forNumbers(customerOrderId, config.siteId(), config.sipPeerId(),
                        loaPerson, tns);
                Response<ResponseBody> response = retrofit.create(ImportOrdersApi.class)
                        .create(config.accountId(), order)
                        .execute();
                System.out.println("HTTP " + response.code() + " " + response.headers().get("Location"));
            }
            case EXTERNAL -> {
                if (fromTemplate) {
                    String xml = TemplateRenderer.render("external-tns-order.xml", Map.of(
                            "customerOrderId", customerOrderId,
                            "siteId", config.siteId(),
                            "sipPeerId", config.sipPeerId()), tns);
                    try (DashboardHttpClient http = new DashboardHttpClient(config)) {
                        System.out.println(http.postExternalTns(xml));
                    }
                    return 0;
                }
                ExternalTnsOrder order = remove
                        ? ExternalTnsOrder.removing(customerOrderId, config.siteId(), config.sipPeerId(), tns)
                        : ExternalTnsOrder.importing(customerOrderId, config.siteId(), config.sipPeerId(), tns);
                DashboardApi api = DashboardRetrofitFactory.create(config).create(DashboardApi.class);
                Response<ResponseBody> response = api.createExternalTns(config.accountId(), order).execute();
                System.out.println("HTTP " + response.code());
            }
        }
        return 0;
    }

    private Subscriber subscriber() {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("1200");
        address.setStreetName("Pinecrest Pkwy");
        address.setCity("Farmville");
        address.setStateCode("VA");
        address.setZip("23901");
        address.setCountry("USA");
        Subscriber subscriber = new Subscriber();
        subscriber.setName(subscriberName);
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
