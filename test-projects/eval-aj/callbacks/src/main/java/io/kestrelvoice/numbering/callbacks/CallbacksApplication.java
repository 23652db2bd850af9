package io.kestrelvoice.numbering.callbacks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CallbacksApplication {

    public static void main(String[] args) {
        SpringApplication.run(CallbacksApplication.class, args);
    }
}
