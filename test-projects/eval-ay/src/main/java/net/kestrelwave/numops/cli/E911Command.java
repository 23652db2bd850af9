package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.e911.AddressValidationClient;
import net.kestrelwave.numops.e911.E911AddressClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "e911", description = "List, show, register and remove E911 service addresses.")
public class E911Command implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--list")
    boolean list;

    @Option(names = "--show", paramLabel = "ADDRESS_ID")
    String show;

    @Option(names = "--delete", paramLabel = "ADDRESS_ID")
    String delete;

    @ArgGroup(exclusive = false, heading = "Register an address:%n")
    NewAddress create;

    static class NewAddress {
        @Option(names = "--house-number", required = true)
        String houseNumber;
        @Option(names = "--street", required = true)
        String street;
        @Option(names = "--city", required = true)
        String city;
        @Option(names = "--state", required = true)
        String state;
        @Option(names = "--zip", required = true)
        String zip;
        @Option(names = "--caller-name", required = true)
        String callerName;
    }

    @Override
    public Integer call() throws Exception {
        E911AddressClient client = new E911AddressClient(app.http(), app.settings(), app.templates());
        if (list) {
            System.out.println(client.listAddresses());
        } else if (show != null) {
            URI uri = URI.create("%s/accounts/%s/addresses/%s".formatted(app.settings().dashboardBaseUrl(), app.settings().accountId(), show));
            System.out.println(app.http().get(uri));
        } else if (delete != null) {
            client.delete(delete);
        } else if (create != null) {
            String lobKey = app.settings().get("lob.api-key", "LOB_API_KEY", null);
            if (lobKey != null && !new AddressValidationClient(lobKey)
                    .isDeliverable(create.houseNumber + " " + create.street, create.city, create.state, create.zip)) {
                System.err.println("Lob says the address is not deliverable; fix it first.");
                return 2;
            }
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("houseNumber", create.houseNumber);
            address.put("streetName", create.street);
            address.put("city", create.city);
            address.put("stateCode", create.state);
            address.put("zip", create.zip);
            address.put("callerName", create.callerName);
            System.out.println(client.create(address));
        }
        return 0;
    }
}
