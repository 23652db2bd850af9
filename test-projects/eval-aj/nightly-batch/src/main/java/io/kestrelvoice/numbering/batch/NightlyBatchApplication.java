package io.kestrelvoice.numbering.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class NightlyBatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(NightlyBatchApplication.class, args);
    }
}
