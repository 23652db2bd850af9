package net.cobaltline.numbers.config;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Lazily created AWS SDK clients. The URL-connection HTTP client keeps cold starts short;
 * all clients are reused across invocations of a warm container.
 */
public final class AwsClients {

    private static final Region REGION = Region.of(EnvConfig.region());

    private static SsmClient ssm;
    private static SecretsManagerClient secrets;
    private static DynamoDbEnhancedClient dynamo;
    private static S3Client s3;
    private static SqsClient sqs;

    private AwsClients() {
    }

    public static synchronized SsmClient ssm() {
        if (ssm == null) {
            ssm = SsmClient.builder()
                    .region(REGION)
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return ssm;
    }

    public static synchronized SecretsManagerClient secrets() {
        if (secrets == null) {
            secrets = SecretsManagerClient.builder()
                    .region(REGION)
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return secrets;
    }

    public static synchronized DynamoDbEnhancedClient dynamo() {
        if (dynamo == null) {
            DynamoDbClient low = DynamoDbClient.builder()
                    .region(REGION)
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
            dynamo = DynamoDbEnhancedClient.builder().dynamoDbClient(low).build();
        }
        return dynamo;
    }

    public static synchronized S3Client s3() {
        if (s3 == null) {
            s3 = S3Client.builder()
                    .region(REGION)
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return s3;
    }

    public static synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = SqsClient.builder()
                    .region(REGION)
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return sqs;
    }
}
