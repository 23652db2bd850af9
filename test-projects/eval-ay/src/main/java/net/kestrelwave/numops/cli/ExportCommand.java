package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.db.ServiceRegionDao;
import net.kestrelwave.numops.export.InventoryCsvExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write the local inventory as CSV for finance and the NOC.")
public class ExportCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = {"-o", "--out"}, defaultValue = "inventory.csv")
    Path out;

    @Option(names = "--regions", description = "Print our sales regions instead")
    boolean regions;

    @Option(names = "--region-of", paramLabel = "AREA_CODE", description = "Print the sales region of one area code")
    Integer regionOf;

    @Override
    public Integer call() throws Exception {
        ServiceRegionDao regionDao = new ServiceRegionDao(app.database());
        if (regionOf != null) {
            System.out.println(regionDao.find(regionOf).map(ServiceRegionDao.ServiceRegion::region).orElse("(none)"));
            return 0;
        }
        if (regions) {
            regionDao.all().forEach(r -> System.out.printf("%d  %-12s %s%n", r.areaCode(), r.region(), r.state()));
            return 0;
        }
        try (Writer writer = Files.newBufferedWriter(out)) {
            int rows = new InventoryCsvExporter().export(new InventoryDao(app.database()).list(), writer);
            System.out.println("Wrote " + rows + " rows to " + out);
        }
        if (Files.size(out) > InventoryCsvExporter.MAX_EXPORT_BYTES) {
            System.err.println("Warning: export is too large for the finance importer");
        }
        return 0;
    }
}
