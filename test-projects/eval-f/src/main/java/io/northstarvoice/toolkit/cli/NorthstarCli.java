package io.northstarvoice.toolkit.cli;

import io.northstarvoice.toolkit.config.Environment;
import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.wiring.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * Entry point: {@code java -jar northstar-porting-toolkit.jar --env prod search --area-code 919}.
 */
@Command(name = "northstar", mixinStandardHelpOptions = true, version = "2.4",
        subcommands = {SearchCommand.class, ImportCommand.class, E911Command.class, SmokeCommand.class})
public class NorthstarCli implements Callable<Integer> {

    @Option(names = "--env", description = "dev, staging or prod (default: $NORTHSTAR_ENV or dev)")
    String env;

    private Wiring wiring;

    Wiring wiring() {
        if (wiring == null) {
            ToolkitConfig config = env == null ? ToolkitConfig.load() : ToolkitConfig.load(Environment.parse(env));
            wiring = new Wiring(config);
        }
        return wiring;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NorthstarCli()).execute(args));
    }
}
