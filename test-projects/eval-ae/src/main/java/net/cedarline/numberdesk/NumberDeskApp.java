package net.cedarline.numberdesk;

import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

import net.cedarline.numberdesk.config.AppConfig;
import net.cedarline.numberdesk.config.ConfigLoader;
import net.cedarline.numberdesk.jobs.JobScheduler;
import net.cedarline.numberdesk.web.WebServer;

public final class NumberDeskApp {

    private static final Logger log = LoggerFactory.getLogger(NumberDeskApp.class);

    private NumberDeskApp() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = ConfigLoader.load();
        ServiceRegistry services = new ServiceRegistry(config);
        log.info("NumberDesk starting against {} (account {})", config.dashboard.getBaseUrl(), config.dashboard.getAccountId());

        Javalin web = WebServer.start(services);
        Scheduler scheduler = JobScheduler.start(services);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (Exception e) {
                log.warn("scheduler shutdown failed", e);
            }
            web.stop();
        }, "numberdesk-shutdown"));
    }
}
