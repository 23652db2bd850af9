package com.harborline.numbering;

import com.harborline.numbering.jobs.JobScheduler;
import com.harborline.numbering.jobs.JobScheduleLoader;
import com.harborline.numbering.routes.AvailableNumberSearchRoute;
import com.harborline.numbering.routes.CustomerPortalRoute;
import com.harborline.numbering.routes.E911AddressSyncRoute;
import com.harborline.numbering.routes.ExternalTnsRoute;
import com.harborline.numbering.routes.HostedMessagingRoute;
import com.harborline.numbering.routes.InventorySyncRoute;
import com.harborline.numbering.routes.IrisCallbackRoute;
import com.harborline.numbering.routes.MessagingOutboundRoute;
import com.harborline.numbering.routes.NumberOrderRoute;
import com.harborline.numbering.routes.ReportDownloadRoute;
import com.harborline.numbering.routes.SipPeerTnRoute;
import com.harborline.numbering.routes.TnOptionRoute;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the Harborline numbering back office.
 *
 * <p>Runs the Camel routes that keep our number inventory in line with Bandwidth Dashboard
 * and starts the in-house job scheduler (see {@link JobScheduler}) for the nightly work.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main(Application.class);
        main.configure().addRoutesBuilder(new InventorySyncRoute());
        main.configure().addRoutesBuilder(new E911AddressSyncRoute());
        main.configure().addRoutesBuilder(new AvailableNumberSearchRoute());
        main.configure().addRoutesBuilder(new NumberOrderRoute());
        main.configure().addRoutesBuilder(new HostedMessagingRoute());
        main.configure().addRoutesBuilder(new ExternalTnsRoute());
        main.configure().addRoutesBuilder(new IrisCallbackRoute());
        main.configure().addRoutesBuilder(new ReportDownloadRoute());
        main.configure().addRoutesBuilder(new TnOptionRoute());
        main.configure().addRoutesBuilder(new SipPeerTnRoute());
        main.configure().addRoutesBuilder(new CustomerPortalRoute());
        main.configure().addRoutesBuilder(new MessagingOutboundRoute());

        JobScheduler scheduler = new JobScheduler(JobScheduleLoader.fromClasspath("jobs.yaml"));
        scheduler.start();
        LOG.info("Harborline numbering back office starting");
        try {
            main.run(args);
        } finally {
            scheduler.shutdown();
        }
    }
}
