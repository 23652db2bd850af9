package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.callbacks.NotificationHandler;
import net.kestrelwave.numops.config.Settings;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.db.PendingActivationDao;
import net.kestrelwave.numops.notify.IrisClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * The callback endpoint (a small nginx + lua drop box) writes every Dashboard notification to
 * callbacks.dir; this command applies them and moves them to processed/ or failed/.
 */
@Command(name = "callbacks", description = "Apply the Dashboard notifications waiting in the drop directory.")
public class CallbackCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--sip-domain", defaultValue = "trunks.kestrelwave.net")
    String sipDomain;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Settings settings = app.settings();
        Path inbox = settings.callbacksDir();
        Path processed = Files.createDirectories(inbox.resolve("processed"));
        Path failed = Files.createDirectories(inbox.resolve("failed"));
        NotificationHandler handler = new NotificationHandler(app.xml(),
                new PendingActivationDao(app.database()), new InventoryDao(app.database()), sipDomain);

        int files = 0;
        int activated = 0;
        int errors = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox, "*.xml")) {
            for (Path file : stream) {
                files++;
                if (dryRun) {
                    System.out.println("would apply " + file.getFileName());
                    continue;
                }
                try {
                    activated += handler.handle(Files.readString(file));
                    Files.move(file, processed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } catch (Exception e) {
                    errors++;
                    System.err.println(file.getFileName() + ": " + e.getMessage());
                    Files.move(file, failed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (errors > 0) {
            String incidentsUrl = settings.get("incidents.url", "NUMCTL_INCIDENTS_URL", "https://iris.ops.kestrelwave.net/api/v1");
            IrisClient incidents = new IrisClient(incidentsUrl, "numops", settings.get("incidents.token", "NUMCTL_INCIDENTS_TOKEN", ""));
            incidents.openIncident("numctl: " + errors + " Dashboard callbacks failed",
                    "See " + failed.toAbsolutePath(), "P3");
        }
        System.out.printf("%d notifications, %d numbers activated, %d failed%n", files, activated, errors);
        return errors == 0 ? 0 : 1;
    }
}
