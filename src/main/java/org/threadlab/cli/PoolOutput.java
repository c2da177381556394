package org.threadlab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threadlab.kernel.event.PoolChanged;
import org.threadlab.kernel.pool.PoolFlag;
import org.threadlab.kernel.pool.PoolLimits;
import org.threadlab.kernel.pool.PoolWorkload;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints what {@code threadlab pool} ran: the rows in seed 003's form, then the workload's
 * summary, as an aligned table, CSV or one JSON object. The table's lines, whitespace
 * collapsed, read exactly as the seed's ("lo_water trip 0 3 3").
 */
final class PoolOutput {
    /** The output formats. */
    enum Format { TABLE, CSV, JSON }

    static final String[] HEADER = {"Event", "Proc Op", "Blk Op", "Total"};

    /**
     * One run: {@code events} for a scripted run, {@code options} and {@code summary} for a
     * workload; {@code rows} is null when the workload ran summary-only.
     */
    record Run(PoolLimits limits, PoolFlag flag, String events, PoolWorkload.Options options,
               List<PoolChanged> rows, PoolWorkload.Summary summary) {
    }

    private PoolOutput() {
    }

    /** Prints {@code run} (after the trace lines, if any) in {@code format}. */
    static void print(Run run, List<String> trace, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> {
                printTrace(trace, out);
                if (run.rows() != null) {
                    table(run.rows(), out);
                }
                if (run.summary() != null) {
                    if (run.rows() != null) {
                        out.println();
                    }
                    summaryTable(run.summary(), out);
                }
            }
            case CSV -> {
                printTrace(trace, out);
                if (run.rows() != null) {
                    out.println("event,proc_op,blk_op,total");
                    for (PoolChanged r : run.rows()) {
                        out.println(r.change().label() + "," + r.processing() + "," + r.blocking() + "," + r.total());
                    }
                }
                if (run.summary() != null) {
                    if (run.rows() != null) {
                        out.println();
                    }
                    out.println("metric,value");
                    summary(run.summary()).forEach((k, v) -> out.println(k + "," + v));
                }
            }
            case JSON -> out.println(json(run, trace));
            default -> throw new AssertionError(format);
        }
        out.flush();
    }

    private static void printTrace(List<String> trace, PrintWriter out) {
        if (trace != null) {
            trace.forEach(out::println);
            out.println();
        }
    }

    /** The header and the rows, the event left-aligned, the counts right-aligned under their titles. */
    private static void table(List<PoolChanged> rows, PrintWriter out) {
        int eventWidth = HEADER[0].length();
        for (PoolChanged r : rows) {
            eventWidth = Math.max(eventWidth, r.change().label().length());
        }
        String format = "%-" + eventWidth + "s  %" + HEADER[1].length() + "s  %" + HEADER[2].length() + "s  %"
                + HEADER[3].length() + "s%n";
        out.printf(Locale.ROOT, format, (Object[]) HEADER);
        for (PoolChanged r : rows) {
            out.printf(Locale.ROOT, format, r.change().label(), r.processing(), r.blocking(), r.total());
        }
    }

    private static void summaryTable(PoolWorkload.Summary s, PrintWriter out) {
        Map<String, String> lines = summary(s);
        int width = 0;
        for (String key : lines.keySet()) {
            width = Math.max(width, key.length());
        }
        out.println("Summary");
        for (Map.Entry<String, String> e : lines.entrySet()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", e.getKey().replace('_', ' '), e.getValue());
        }
    }

    /** The summary's figures in print order, keyed by their JSON/CSV names. */
    private static Map<String, String> summary(PoolWorkload.Summary s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requests", Long.toString(s.requests()));
        m.put("ticks", Long.toString(s.ticks()));
        m.put("peak_threads", Integer.toString(s.peakThreads()));
        m.put("creations", Long.toString(s.creations()));
        m.put("destructions", Long.toString(s.destructions()));
        m.put("destroyed_at_end", Long.toString(s.destroyedAtEnd()));
        m.put("mean_wait_ticks", String.format(Locale.ROOT, "%.3f", s.meanWait()));
        m.put("p99_wait_ticks", Long.toString(s.p99Wait()));
        m.put("max_wait_ticks", Long.toString(s.maxWait()));
        m.put("instructions", Long.toString(s.instructions()));
        m.put("context_switches", Long.toString(s.contextSwitches()));
        return m;
    }

    private static String json(Run run, List<String> trace) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode limits = root.putObject("limits");
        limits.put("lo_water", run.limits().loWater());
        limits.put("increment", run.limits().increment());
        limits.put("hi_water", run.limits().hiWater());
        limits.put("maximum", run.limits().maximum());
        root.put("flags", run.flag().cName());
        if (run.events() != null) {
            root.put("events", run.events());
        }
        if (run.options() != null) {
            ObjectNode w = root.putObject("workload");
            w.put("requests", run.options().requests());
            w.put("arrival_mean", run.options().arrivalMean());
            w.put("service_mean", run.options().serviceMean());
            w.put("seed", run.options().seed());
            w.put("cpus", run.options().cpus());
        }
        if (run.rows() != null) {
            ArrayNode rows = root.putArray("rows");
            for (PoolChanged r : run.rows()) {
                ObjectNode row = rows.addObject();
                row.put("event", r.change().label());
                row.put("proc_op", r.processing());
                row.put("blk_op", r.blocking());
                row.put("total", r.total());
            }
        }
        if (run.summary() != null) {
            PoolWorkload.Summary s = run.summary();
            ObjectNode o = root.putObject("summary");
            o.put("requests", s.requests());
            o.put("ticks", s.ticks());
            o.put("peak_threads", s.peakThreads());
            o.put("creations", s.creations());
            o.put("destructions", s.destructions());
            o.put("destroyed_at_end", s.destroyedAtEnd());
            o.put("mean_wait_ticks", s.meanWait());
            o.put("p99_wait_ticks", s.p99Wait());
            o.put("max_wait_ticks", s.maxWait());
            o.put("instructions", s.instructions());
            o.put("context_switches", s.contextSwitches());
        }
        if (trace != null) {
            ArrayNode lines = root.putArray("trace");
            trace.forEach(lines::add);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
