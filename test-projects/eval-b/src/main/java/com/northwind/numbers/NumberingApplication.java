package com.northwind.numbers;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Entry point of the number ordering and porting backend.
 *
 * <p>Talks to the Bandwidth Dashboard API (https://dashboard.bandwidth.com/api/accounts/...)
 * for ordering, porting, E911 and hosted messaging, and to the messaging/voice APIs for
 * customer traffic.
 */
@Configuration
@ComponentScan(basePackageClasses = NumberingApplication.class)
@PropertySource("classpath:application.properties")
public class NumberingApplication {

    public static void main(String[] args) {
        try (AnnotationConfigApplicationContext ctx =
                     new AnnotationConfigApplicationContext(NumberingApplication.class)) {
            ctx.registerShutdownHook();
        }
    }
}
