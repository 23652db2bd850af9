package net.kestreltel.numgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
@PropertySource("classpath:bandwidth-products.properties")
public class NumberGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(NumberGatewayApplication.class, args);
    }
}
