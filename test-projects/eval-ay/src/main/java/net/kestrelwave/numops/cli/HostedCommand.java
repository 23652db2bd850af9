package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.model.ImportTnOrder;
import net.kestrelwave.numops.hosted.ExternalTnSync;
import net.kestrelwave.numops.hosted.HostedMessagingClient;
import net.kestrelwave.numops.sdk.SdkHostedMessagingService;
import net.kestrelwave.numops.util.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "hosted", description = "Hosted messaging: bring SMS to numbers whose voice stays elsewhere.")
public class HostedCommand implements Callable<Integer> {

    enum Action { check, add, remove, status, external, partners }

    @ParentCommand
    NumctlApp app;

    @Option(names = "--action", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    Action action;

    @Option(names = "--order-id")
    String orderId;

    @Option(names = "--loa-person", defaultValue = "Dana Whitfield")
    String loaPerson;

    @Option(names = "--loa-file", description = "Signed LOA (PDF) to attach to the import order")
    File loaFile;

    @Option(names = "--sdk", description = "Use the Iris SDK (default: raw HTTP)")
    boolean sdk;

    @Parameters(arity = "0..*")
    List<String> numbers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> tns = numbers.stream().map(PhoneNumbers::normalizeInput).toList();
        String customerOrderId = orderId != null ? orderId : "hm-" + System.currentTimeMillis();
        HostedMessagingClient raw = new HostedMessagingClient(app.http(), app.settings(), app.xml());
        SdkHostedMessagingService service = sdk ? new SdkHostedMessagingService(app.iris()) : null;

        switch (action) {
            case check -> System.out.println(new SdkHostedMessagingService(app.iris()).check(tns)
                    .getImportTnCheckerPayload().getImportTnErrorList());
            case add -> {
                if (service != null) {
                    var response = service.importNumbers(customerOrderId,
                            Integer.parseInt(app.settings().siteId()), Integer.parseInt(app.settings().sipPeerId()),
                            loaPerson, null, tns);
                    String id = response.getImportTnOrder().getOrderId();
                    if (loaFile != null) {
                        service.attachLoa(id, loaFile);
                    }
                    System.out.println("Import order " + id);
                } else {
                    ImportTnOrder order = ImportTnOrder.forNumbers(customerOrderId, tns)
                            .onSite(app.settings().siteId(), app.settings().sipPeerId())
                            .authorizedBy(loaPerson);
                    System.out.println(raw.submitImport(order));
                }
            }
            case remove -> {
                if (service != null) {
                    System.out.println(service.removeNumbers(customerOrderId, tns).getRemoveImportedTnOrder());
                } else {
                    System.out.println(raw.removeImported(customerOrderId));
                }
            }
            case status -> {
                if (service != null) {
                    System.out.println(service.importOrder(orderId).getProcessingStatus());
                    System.out.println(service.importHistory(orderId).getOrderHistoryList().size() + " history entries");
                } else {
                    System.out.println(raw.importHistory(orderId));
                }
            }
            case external -> System.out.println(raw.submitExternal(customerOrderId, "IMPORT", tns));
            case partners -> {
                List<String> externalTns = app.settings().get("partners.numbers", "NUMCTL_PARTNER_NUMBERS", "").isBlank()
                        ? tns
                        : List.of(app.settings().get("partners.numbers").split(","));
                int count = new ExternalTnSync(app.http(), app.settings().stage() != net.kestrelwave.numops.config.Settings.Stage.PROD)
                        .sync(customerOrderId, externalTns);
                System.out.println("Registered " + count + " partner numbers");
            }
        }
        return 0;
    }
}
