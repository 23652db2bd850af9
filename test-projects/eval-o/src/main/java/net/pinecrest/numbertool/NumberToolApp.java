package net.pinecrest.numbertool;

import net.pinecrest.numbertool.cli.CallbackServerCommand;
import net.pinecrest.numbertool.cli.DisconnectCommand;
import net.pinecrest.numbertool.cli.E911Command;
import net.pinecrest.numbertool.cli.ImportCommand;
import net.pinecrest.numbertool.cli.MessagingToggleCommand;
import net.pinecrest.numbertool.cli.OrderCommand;
import net.pinecrest.numbertool.cli.ReportCommand;
import net.pinecrest.numbertool.cli.SearchCommand;
import net.pinecrest.numbertool.cli.SmokeCommand;
import net.pinecrest.numbertool.cli.SubscribeCommand;
import net.pinecrest.numbertool.cli.SyncCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code pnt}, the Pinecrest numbering toolkit.
 */
@Command(name = "pnt",
        mixinStandardHelpOptions = true,
        version = "pnt 2.7.0",
        description = "Search, order, port and audit telephone numbers on the carrier Dashboard.",
        subcommands = {
                SearchCommand.class,
                OrderCommand.class,
                ImportCommand.class,
                DisconnectCommand.class,
                E911Command.class,
                MessagingToggleCommand.class,
                SubscribeCommand.class,
                ReportCommand.class,
                SyncCommand.class,
                CallbackServerCommand.class,
                SmokeCommand.class
        })
public class NumberToolApp implements Runnable {

    public static void main(String[] args) {
        int exit = new CommandLine(new NumberToolApp())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        System.exit(exit);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
