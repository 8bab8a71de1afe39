package dk.virkning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Virkning: outcome-based employment programs for municipalities, providers and investors. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VirkningApplication {

    public static void main(String[] args) {
        SpringApplication.run(VirkningApplication.class, args);
    }
}
