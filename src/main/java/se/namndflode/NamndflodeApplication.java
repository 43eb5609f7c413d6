package se.namndflode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Nämndflöde: board matters, meetings, assignments and goal follow-up for Swedish municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NamndflodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(NamndflodeApplication.class, args);
    }
}
