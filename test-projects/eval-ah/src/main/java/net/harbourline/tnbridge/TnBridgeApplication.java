package net.harbourline.tnbridge;

import net.harbourline.tnbridge.config.BridgeConfiguration;
import org.apache.camel.main.Main;

/**
 * Entry point of the TN inventory bridge.
 *
 * <p>Routes are discovered by package scan; XML DSL routes are loaded from
 * {@code classpath:camel/*.xml} (see application.properties).
 */
public final class TnBridgeApplication {

    private TnBridgeApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main(TnBridgeApplication.class);
        main.configure().addConfiguration(BridgeConfiguration.class);
        main.configure().withBasePackageScan("net.harbourline.tnbridge.routes");
        main.run(args);
    }
}
