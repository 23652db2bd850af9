package io.northstarvoice.toolkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "e911", description = "List or remove E911 addresses")
class E911Command implements Callable<Integer> {

    @ParentCommand
    NorthstarCli parent;

    @Option(names = "--delete")
    String deleteId;

    @Override
    public Integer call() {
        var e911 = parent.wiring().e911();
        if (deleteId != null) {
            e911.delete(deleteId);
            System.out.println("deleted " + e911.permalink(deleteId));
        } else {
            System.out.println(e911.listAddressesXml());
        }
        return 0;
    }
}
