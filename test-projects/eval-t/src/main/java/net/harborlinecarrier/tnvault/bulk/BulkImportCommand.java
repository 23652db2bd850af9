package net.harborlinecarrier.tnvault.bulk;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.harborlinecarrier.tnvault.TnVaultConfiguration;
import net.harborlinecarrier.tnvault.config.BulkImportConfiguration;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;

/** {@code java -jar tnvault.jar bulk-import config.yml --customer C123 --file numbers.csv} */
public class BulkImportCommand extends ConfiguredCommand<TnVaultConfiguration> {

    public BulkImportCommand() {
        super("bulk-import", "Hosted-messaging import of a customer CSV");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--customer").required(true);
        subparser.addArgument("--file").required(true);
    }

    @Override
    protected void run(Bootstrap<TnVaultConfiguration> bootstrap, Namespace namespace,
                       TnVaultConfiguration configuration) throws Exception {
        DashboardConfiguration dashboard = configuration.getDashboard();
        BulkImportConfiguration bulk = configuration.getBulkImport();
        List<List<String>> batches;
        try (var reader = Files.newBufferedReader(Path.of(namespace.getString("file")))) {
            batches = new CsvTnReader(bulk.getBatchSize()).read(reader);
        }
        try (AsyncHttpClient http = Dsl.asyncHttpClient(Dsl.config()
                .setRequestTimeout(bulk.getRequestTimeoutSeconds() * 1000)
                .setUserAgent("harborline-tnvault-bulk"))) {
            BulkImportJob job = new BulkImportJob(http, bulk.getLegacyEndpoint(), dashboard.getAccountId(),
                    dashboard.getSiteId(), dashboard.getSipPeerId(), dashboard.getUsername(),
                    dashboard.getPassword(), bulk.getMaxConcurrent());
            List<CompletableFuture<String>> futures = job.importAll(namespace.getString("customer"), batches);
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        }
    }
}
