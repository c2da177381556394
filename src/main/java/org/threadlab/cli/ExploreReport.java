package org.threadlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.threadlab.explore.Execution;
import org.threadlab.explore.Verdict;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON summary {@code threadlab explore --report FILE} writes: {@code verdict} (no-bug or
 * bug), {@code complete}, {@code coverage}, {@code executions}, {@code states} (stateful search only),
 * {@code seconds}, and for a bug its
 * {@code kind}, {@code message}, {@code threads}, {@code preemptions}, {@code steps} (the choices
 * in the schedule) and the {@code schedule} itself.
 */
final class ExploreReport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExploreReport() {
    }

    static ObjectNode of(Verdict v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", v.foundBug() ? "bug" : "no-bug");
        root.put("complete", v.complete());
        root.put("coverage", v.coverage());
        root.put("executions", v.executions());
        if (v.states() >= 0) {
            root.put("states", v.states());
        }
        root.put("seconds", v.nanos() / 1e9);
        if (v.foundBug()) {
            Execution bug = v.bug();
            root.put("kind", bug.bug().reportName());
            root.put("message", bug.message());
            ArrayNode threads = root.putArray("threads");
            if (!bug.threads().isEmpty()) {
                bug.threads().forEach(threads::add);
            } else if (bug.outcome().fault() != null) {
                threads.add(bug.outcome().fault().tid());
            } else {
                bug.outcome().blocked().forEach(threads::add);
            }
            root.put("preemptions", bug.preemptions());
            root.put("steps", bug.schedule().size());
            ArrayNode schedule = root.putArray("schedule");
            for (int i = 0; i < bug.schedule().size(); i++) {
                schedule.add(bug.schedule().point(i).name() + "=" + bug.schedule().choice(i));
            }
        }
        return root;
    }

    static void write(Path file, Verdict v) throws IOException {
        if (file != null) {
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(v)) + "\n");
        }
    }
}
