package org.parley.rules.spring.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small host application: the starter gives it a validator; {@link ExchangeMonitor} uses it. */
@SpringBootApplication
public class ExampleApplication {

    /** Runs the application. */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
