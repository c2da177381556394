package org.threadlab;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ThreadLab web application: pages, REST API and the node registry. */
@SpringBootApplication
@EnableScheduling
public class ThreadLabApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThreadLabApplication.class, args);
    }

    /** Wall-clock time for the web layer; the simulated kernel keeps its own clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
