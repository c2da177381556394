package org.threadlab.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.threadlab.kernel.Policy;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Schedule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schedule saved to replay: plain JSON holding what the run needs besides the source (its
 * files, arguments, the configuration that shapes its choice points, the seed of rand()) and the
 * choices, one "POINT=choice" string each, and the explorer's checks the failure was found with
 * (races, invariants, the livelock bound), so that {@code threadlab run --schedule FILE} replays
 * it and fails the same way. The browser will load the same file.
 */
public record ScheduleFile(List<String> files, List<String> args, int cpus, Policy policy, int quantum,
                           Preemption preemption, boolean spuriousWakeups, long seed, Checking checking,
                           String bug, String message, Schedule schedule) {
    /**
     * The explorer's checks as the file records them: race detection, the invariants' source
     * text and when they are checked ("step" or "exit"), and the livelock bound (0: off).
     */
    public record Checking(boolean races, List<String> invariants, String invariantAt, long livelockBound) {
        /** No checks beyond the VM's own: what a file without a "checks" object means. */
        public static final Checking NONE = new Checking(false, List.of(), "step", 0);

        public Checking {
            invariants = List.copyOf(invariants);
        }
    }

    public static final String FORMAT = "threadlab-schedule/1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public ScheduleFile {
        files = List.copyOf(files);
        args = List.copyOf(args);
    }

    public void write(Path path) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        files.forEach(root.putArray("files")::add);
        args.forEach(root.putArray("args")::add);
        ObjectNode config = root.putObject("config");
        config.put("cpus", cpus);
        config.put("policy", policy.name());
        config.put("quantum", quantum);
        config.put("preemption", preemption.name());
        config.put("spuriousWakeups", spuriousWakeups);
        config.put("seed", seed);
        ObjectNode checks = root.putObject("checks");
        checks.put("races", checking.races());
        checking.invariants().forEach(checks.putArray("invariants")::add);
        checks.put("invariantAt", checking.invariantAt());
        checks.put("livelockBound", checking.livelockBound());
        if (bug != null) {
            root.put("bug", bug);
            root.put("message", message);
        }
        ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < schedule.size(); i++) {
            choices.add(schedule.point(i).name() + "=" + schedule.choice(i));
        }
        Files.writeString(path, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** Reads a schedule file; a file that is not one gives an IOException with a plain message. */
    public static ScheduleFile read(Path path) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(path));
        } catch (JacksonException e) {
            throw new IOException(path + " is not a schedule file (not JSON: " + e.getOriginalMessage() + ")");
        }
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new IOException(path + " is not a schedule file (no \"format\": \"" + FORMAT + "\")");
        }
        try {
            JsonNode config = root.path("config");
            List<ChoicePoint> points = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (JsonNode c : root.path("choices")) {
                String[] parts = c.asString("").split("=", 2);
                points.add(ChoicePoint.valueOf(parts[0]));
                values.add(Integer.parseInt(parts[1]));
            }
            int[] choices = values.stream().mapToInt(Integer::intValue).toArray();
            JsonNode checks = root.path("checks");
            Checking checking = checks.isMissingNode() ? Checking.NONE
                    : new Checking(checks.path("races").asBoolean(false), strings(checks.path("invariants")),
                            checks.path("invariantAt").asString("step"), checks.path("livelockBound").asLong(0));
            return new ScheduleFile(strings(root.path("files")), strings(root.path("args")),
                    config.path("cpus").asInt(1), Policy.valueOf(config.path("policy").asString("RR")),
                    config.path("quantum").asInt(4), Preemption.valueOf(config.path("preemption").asString("TIMER")),
                    config.path("spuriousWakeups").asBoolean(false), config.path("seed").asLong(1), checking,
                    root.has("bug") ? root.path("bug").asString() : null, root.path("message").asString(""),
                    new Schedule(points.toArray(ChoicePoint[]::new), choices));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(path + " is not a valid schedule file: " + e.getMessage());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asString(""));
        }
        return out;
    }
}
