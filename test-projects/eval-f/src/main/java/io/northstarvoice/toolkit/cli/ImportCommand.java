package io.northstarvoice.toolkit.cli;

import io.northstarvoice.toolkit.iris.HostedMessagingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Bring externally hosted numbers onto the account for SMS")
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    NorthstarCli parent;

    @Parameters(arity = "0..*", description = "numbers to import")
    List<String> numbers = new ArrayList<>();

    @Option(names = "--pilot", description = "import the pilot customer's numbers")
    boolean pilot;

    @Option(names = "--remove")
    boolean remove;

    @Override
    public Integer call() {
        HostedMessagingService service = parent.wiring().hostedMessaging();
        List<String> batch = new ArrayList<>(numbers);
        if (pilot) {
            batch.add("7045550199");
            batch.add("7045550142");
        }
        String orderRef = "NSV-" + LocalDate.now();
        String orderId = remove ? service.removeNumbers(batch, orderRef) : service.importNumbers(batch, orderRef);
        System.out.println(orderId);
        return 0;
    }
}
