package net.kestrelwave.numops;

import com.bandwidth.iris.sdk.IrisClient;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.cli.CallbackCommand;
import net.kestrelwave.numops.cli.DiagnoseCommand;
import net.kestrelwave.numops.cli.E911Command;
import net.kestrelwave.numops.cli.ExportCommand;
import net.kestrelwave.numops.cli.HostedCommand;
import net.kestrelwave.numops.cli.InventoryCommand;
import net.kestrelwave.numops.cli.OrderCommand;
import net.kestrelwave.numops.cli.PortCommand;
import net.kestrelwave.numops.cli.ReportCommand;
import net.kestrelwave.numops.cli.SearchCommand;
import net.kestrelwave.numops.cli.SmsCommand;
import net.kestrelwave.numops.cli.SubscribeCommand;
import net.kestrelwave.numops.config.Settings;
import net.kestrelwave.numops.dashboard.AccountPaths;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.TemplateRenderer;
import net.kestrelwave.numops.db.Database;
import net.kestrelwave.numops.sdk.IrisClientFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.SQLException;

@Command(name = "numctl",
        mixinStandardHelpOptions = true,
        version = "numctl 2.4",
        description = "Kestrel Wave number inventory and reporting toolkit.",
        subcommands = {
                SearchCommand.class,
                OrderCommand.class,
                InventoryCommand.class,
                E911Command.class,
                HostedCommand.class,
                SmsCommand.class,
                ReportCommand.class,
                SubscribeCommand.class,
                CallbackCommand.class,
                ExportCommand.class,
                PortCommand.class,
                DiagnoseCommand.class
        },
        footer = {"", "Numbers team: #numops on Slack. Bandwidth portal: https://webui.inetwork.com/"})
public class NumctlApp implements Runnable {

    @Option(names = "--stage", defaultValue = "${env:NUMCTL_STAGE:-dev}", description = "dev, stage or prod (default: ${DEFAULT-VALUE})")
    String stage;

    private Settings settings;
    private DashboardHttp http;
    private TemplateRenderer templates;
    private XmlMapper xml;
    private IrisClient iris;
    private Database database;

    public Settings settings() {
        if (settings == null) {
            settings = Settings.load(Settings.Stage.from(stage));
        }
        return settings;
    }

    public DashboardHttp http() {
        if (http == null) {
            Settings s = settings();
            http = new DashboardHttp(s.dashboardBaseUrl(), s.accountId(), s.username(), s.password(),
                    s.getInt("http.timeout-seconds", "NUMCTL_HTTP_TIMEOUT", 30));
        }
        return http;
    }

    public AccountPaths paths() {
        return new AccountPaths(settings().dashboardBaseUrl(), settings().accountId());
    }

    public TemplateRenderer templates() {
        if (templates == null) {
            templates = new TemplateRenderer();
        }
        return templates;
    }

    public XmlMapper xml() {
        if (xml == null) {
            xml = new XmlMapper();
            xml.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        return xml;
    }

    public IrisClient iris() {
        if (iris == null) {
            iris = new IrisClientFactory(settings()).create();
        }
        return iris;
    }

    public Database database() throws SQLException {
        if (database == null) {
            database = new Database(settings().jdbcUrl());
            database.migrate();
            if (settings().stage() == Settings.Stage.DEV) {
                database.seedDevData();
            }
        }
        return database;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NumctlApp()).execute(args));
    }
}
