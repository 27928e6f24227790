package org.matterstandards.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The validation service (校验服务): data staff upload a list and read the report; systems post records and get the
 * JSON report. Start it with {@code mvn -B -q -pl examples/validation-service -am spring-boot:run} — see
 * docs/embedding.md.
 */
@SpringBootApplication
public class ValidationServiceApplication {

    /** @param args Spring Boot arguments, e.g. {@code --matter.profile=longhu} */
    public static void main(String[] args) {
        SpringApplication.run(ValidationServiceApplication.class, args);
    }
}
