package io.northstarvoice.toolkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "search", description = "Search available numbers by area code")
class SearchCommand implements Callable<Integer> {

    @ParentCommand
    NorthstarCli parent;

    @Option(names = "--area-code", required = true)
    String areaCode;

    @Option(names = "--quantity", defaultValue = "10")
    int quantity;

    @Option(names = "--sdk", description = "use the Iris SDK instead of raw HTTP")
    boolean sdk;

    @Override
    public Integer call() throws Exception {
        if (sdk) {
            parent.wiring().sdkInventory().searchAvailable(areaCode, quantity).forEach(System.out::println);
        } else {
            System.out.println(parent.wiring().search().availableByAreaCode(areaCode, quantity));
        }
        return 0;
    }
}
