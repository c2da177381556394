package org.threadlab.web.system;

import java.util.List;

/**
 * One thing ThreadLab does, or will do, as the home page lists it.
 * {@link #ALL} is the one list to update when a feature lands.
 */
record Feature(String name, String description, boolean available) {

    static final List<Feature> ALL = List.of(
            new Feature("Deterministic kernel",
                    "A library that simulates a QNX-style kernel: threads, priorities, scheduling and"
                            + " synchronisation, reproducible from a seed.", true),
            new Feature("Thread pools",
                    "QNX thread pools (lo_water, increment, hi_water, maximum) on the kernel: the form"
                            + " below, GET /api/v1/pool/table and bin/threadlab pool reproduce the"
                            + " thread-pool tables of the QNX seed document; C programs create them with"
                            + " <sys/dispatch.h>.", true),
            new Feature("C programs on the command line",
                    "bin/threadlab run compiles a pthread C program with ThreadLab's own C front end and"
                            + " runs it on the kernel: its output and exit status, or the deadlock, fault or"
                            + " failed assertion with the line that caused it.", true),
            new Feature("C programs in the browser",
                    "Paste a program, run it, step it and watch every thread, queue and lock.", false),
            new Feature("Explorer on the command line",
                    "bin/threadlab explore searches a C program's schedules (bounded, random, PCT, DPOR,"
                            + " stateful) for a deadlock, a failed assertion, a fault, a data race, a livelock"
                            + " or a broken invariant, and prints the interleaving that breaks it, minimised,"
                            + " one column per thread; bin/threadlab run --schedule replays it.", true),
            new Feature("Explorer in the browser",
                    "Load a counterexample schedule and step through it thread by thread.", false),
            new Feature("Grading",
                    "Labs with automatic grading of submissions.", false));

    static List<Feature> today() {
        return ALL.stream().filter(Feature::available).toList();
    }

    static List<Feature> coming() {
        return ALL.stream().filter(feature -> !feature.available()).toList();
    }
}
