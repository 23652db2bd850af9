package net.korvalink.edge;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
@MapperScan("net.korvalink.edge.persistence")
public class EdgeOpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EdgeOpsApplication.class, args);
    }
}
