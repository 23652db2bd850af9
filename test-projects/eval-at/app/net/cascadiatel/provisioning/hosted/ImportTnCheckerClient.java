package net.cascadiatel.provisioning.hosted;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;

/** Portability pre-check for hosted messaging, called from the sales quote screen. */
@Singleton
public class ImportTnCheckerClient {

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;

    @Inject
    public ImportTnCheckerClient(DashboardWsClient dashboard, DashboardPaths paths) {
        this.dashboard = dashboard;
        this.paths = paths;
    }

    public CompletionStage<String> check(List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + numbers + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return dashboard.checked(dashboard.postXml(paths.importTnChecker(), body));
    }

    public CompletionStage<String> checkDemoNumber() {
        return dashboard.checked(dashboard.postXml(paths.account() + "/importTnChecker",
                "<ImportTnCheckerPayload><TelephoneNumbers><TelephoneNumber>3605550144</TelephoneNumber></TelephoneNumbers></ImportTnCheckerPayload>"));
    }
}
