package net.cobaltline.inventory.tools;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Command line tool for bulk hosted-messaging work, run by sales engineering from the batch host:
 * <pre>
 *   java -cp tn-inventory-service.jar net.cobaltline.inventory.tools.BatchImportTool import numbers.txt
 *   java ... BatchImportTool remove numbers.txt
 *   java ... BatchImportTool external numbers.txt
 *   java ... BatchImportTool sms-on numbers.txt
 *   java ... BatchImportTool availability 919 984 336
 *   java ... BatchImportTool --probe
 * </pre>
 */
public final class BatchImportTool {

    /** Never-expiring tokens of the batch host are stamped with this instant. */
    private static final Instant NO_EXPIRY = Instant.ofEpochSecond(4102444800L);

    private final HttpClient http;
    private final BatchRequestFactory requests;
    private final BatchToolSettings.Batch batch;

    BatchImportTool(HttpClient http, BatchRequestFactory requests, BatchToolSettings.Batch batch) {
        this.http = http;
        this.requests = requests;
        this.batch = batch;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: BatchImportTool [--config=file] <import|remove|external|sms-on|availability|--probe> [args]");
            System.err.println("requests go to dashboard.base-url, e.g. https://api.inetwork.com/v1.0/accounts/{id}/importTnOrders");
            System.exit(2);
        }
        Path config = null;
        List<String> rest = Arrays.asList(args);
        if (args[0].startsWith("--config=")) {
            config = Path.of(args[0].substring("--config=".length()));
            rest = rest.subList(1, rest.size());
        }
        BatchToolSettings settings = BatchToolSettings.load(config);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        BatchImportTool tool = new BatchImportTool(http, new BatchRequestFactory(settings.dashboard()), settings.batch());
        System.exit(tool.run(rest));
    }

    int run(List<String> args) throws IOException, InterruptedException {
        String command = args.get(0);
        switch (command) {
            case "--probe" -> {
                return send(requests.probe()) < 300 ? 0 : 1;
            }
            case "availability" -> {
                for (String npa : args.subList(1, args.size())) {
                    send(requests.availability(Integer.parseInt(npa), 10));
                }
                return 0;
            }
            case "sms-on" -> {
                int failures = 0;
                for (String tn : NumberFileReader.read(Path.of(args.get(1)))) {
                    failures += send(requests.enableSms(tn)) >= 300 ? 1 : 0;
                    Thread.sleep(batch.pauseMillis());
                }
                return failures == 0 ? 0 : 1;
            }
            default -> {
                List<String> numbers = NumberFileReader.read(Path.of(args.get(1)));
                int failures = 0;
                int n = 0;
                for (List<String> chunk : NumberFileReader.chunks(numbers, Math.max(1, batch.chunkSize()))) {
                    String orderId = batch.customerOrderPrefix() + "-" + (++n);
                    HttpRequest request = switch (command) {
                        case "import" -> requests.importOrder(orderId, chunk);
                        case "remove" -> requests.removeImported(orderId, chunk);
                        case "external" -> requests.externalTns(orderId, chunk, "IMPORT");
                        default -> throw new IllegalArgumentException("unknown command " + command);
                    };
                    if (send(request) >= 300) {
                        failures++;
                    }
                    Thread.sleep(batch.pauseMillis());
                }
                System.out.printf("%d chunks, %d failed (token valid until %s)%n", n, failures, NO_EXPIRY);
                return failures == 0 ? 0 : 1;
            }
        }
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.printf("%s %s -> %d%n", request.method(), request.uri(), response.statusCode());
        if (response.statusCode() >= 300) {
            System.out.println(response.body());
        }
        return response.statusCode();
    }
}
