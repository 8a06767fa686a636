package com.example.exchanges;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExchangeMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExchangeMonitorApplication.class, args);
    }
}
