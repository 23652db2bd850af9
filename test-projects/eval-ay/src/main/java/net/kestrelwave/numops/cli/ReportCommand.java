package net.kestrelwave.numops.cli;

import com.opencsv.CSVReader;
import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.config.ReportSchedule;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.reports.InventoryReportParser;
import net.kestrelwave.numops.reports.ReportClient;
import net.kestrelwave.numops.reports.TnReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "report", description = "Request, download and reconcile Dashboard number reports.")
public class ReportCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--schedule", description = "Create an instance of a report from report-schedules.yaml")
    String schedule;

    @Option(names = "--download", arity = "2", paramLabel = "REPORT_ID INSTANCE_ID")
    String[] download;

    @Option(names = "--reconcile", paramLabel = "CSV", description = "Compare a downloaded inventory report with the local store")
    Path reconcile;

    @Option(names = "--summary", paramLabel = "CSV", description = "Count numbers per rate center")
    Path summary;

    @Option(names = "--list-reports", description = "List the reports available on the account")
    boolean listReports;

    @Override
    public Integer call() throws Exception {
        ReportClient client = new ReportClient(app.http(), app.templates());
        if (listReports) {
            ReportSchedule.File schedules = ReportSchedule.load();
            System.out.println(app.http().get(URI.create(schedules.reportsUrl(app.settings().accountId()))));
        } else if (schedule != null) {
            ReportSchedule s = ReportSchedule.load().find(schedule)
                    .orElseThrow(() -> new IllegalArgumentException("No schedule named " + schedule));
            String response = "tn-inventory".equals(s.name())
                    ? client.createDailyInventory(s.reportId())
                    : client.createInstance(s.reportId(), s.parameters(), LocalDate.now().plusDays(7));
            System.out.println(response);
        } else if (download != null) {
            Path file = client.download(download[0], download[1], app.settings().reportsDir());
            System.out.println("Saved " + file);
        } else if (reconcile != null) {
            return reconcile(reconcile);
        } else if (summary != null) {
            try (Reader in = Files.newBufferedReader(summary)) {
                new InventoryReportParser().parseRows(in).stream()
                        .collect(Collectors.groupingBy(TnReportRow::getRateCenter, Collectors.counting()))
                        .forEach((rc, n) -> System.out.printf("%-24s %6d%n", rc, n));
            }
        }
        return 0;
    }

    private int reconcile(Path csv) throws Exception {
        Set<Long> reported = new TreeSet<>();
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv))) {
            reader.skip(2);
            for (String[] row : reader) {
                if (row.length == 0 || row[0].length() != 10) {
                    continue;
                }
                reported.add(Long.parseLong(row[0]));
            }
        }
        Set<Long> local = new InventoryDao(app.database()).list().stream()
                .map(r -> Long.valueOf(r.tn()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> missingLocally = new TreeSet<>(reported);
        missingLocally.removeAll(local);
        Set<Long> missingOnDashboard = new TreeSet<>(local);
        missingOnDashboard.removeAll(reported);
        missingLocally.forEach(tn -> System.out.println("only on Dashboard: " + tn));
        missingOnDashboard.forEach(tn -> System.out.println("only in our store: " + tn));
        return missingLocally.isEmpty() && missingOnDashboard.isEmpty() ? 0 : 1;
    }
}
