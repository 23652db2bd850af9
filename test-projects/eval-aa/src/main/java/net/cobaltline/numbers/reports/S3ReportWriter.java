package net.cobaltline.numbers.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Writes the nightly inventory as CSV for finance (S3, partitioned by day). */
public class S3ReportWriter {

    /** Above 5 GiB S3 wants multipart; the inventory is nowhere near, but fail loudly if it ever is. */
    static final long SINGLE_PUT_LIMIT = 5368709120L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final S3Client s3;
    private final String bucket;

    public S3ReportWriter(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public String write(List<InventoryRow> rows, Instant when) {
        String csv = render(rows);
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length >= SINGLE_PUT_LIMIT) {
            throw new IllegalStateException("inventory CSV too large for a single PUT");
        }
        String key = "inventory/" + DAY.format(when) + "/inventory-" + when.getEpochSecond() + ".csv";
        s3.putObject(PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(key)
                        .contentType("text/csv")
                        .metadata(Map.of("source", "dashboard-inventory", "rows", String.valueOf(rows.size())))
                        .build(),
                RequestBody.fromBytes(bytes));
        return key;
    }

    static String render(List<InventoryRow> rows) {
        StringBuilder csv = new StringBuilder("tn,display,area_code,rate_center,state,status\n");
        for (InventoryRow r : rows) {
            csv.append(r.tn()).append(',')
                    .append(display(r.tn())).append(',')
                    .append(r.areaCode()).append(',')
                    .append(r.rateCenter()).append(',')
                    .append(r.state()).append(',')
                    .append(r.status()).append('\n');
        }
        csv.append("# totals by area code: ").append(totals(rows)).append('\n');
        csv.append("# source: https://webui.inetwork.com/report/#inventory\n");
        return csv.toString();
    }

    static String display(String tn) {
        return "(%s) %s-%s".formatted(tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
    }

    static String totals(List<InventoryRow> rows) {
        Map<Integer, Long> byAreaCode = rows.stream()
                .collect(Collectors.groupingBy(InventoryRow::areaCode, TreeMap::new, Collectors.counting()));
        return byAreaCode.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
