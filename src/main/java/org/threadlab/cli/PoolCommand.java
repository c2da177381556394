package org.threadlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.threadlab.kernel.event.EventFormatter;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.PoolChanged;
import org.threadlab.kernel.pool.PoolFlag;
import org.threadlab.kernel.pool.PoolLimits;
import org.threadlab.kernel.pool.PoolScript;
import org.threadlab.kernel.pool.PoolWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code threadlab pool}: a QNX thread pool (seed 003) driven by scripted events or a seeded
 * random workload, printed as seed 003's tables ("Event Proc Op Blk Op Total"). The defaults
 * are the seed's: lo_water 3, increment 2, hi_water 7, maximum 10, USE_SELF, and the events
 * unblock*10,complete*10, so that a bare {@code threadlab pool} prints both of its tables.
 */
@Command(name = "pool", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Drives a QNX thread pool (seed 003, \"Pools of threads\") on the simulated kernel and prints "
                    + "one row per change of its counts: Event, Proc Op (threads processing), Blk Op "
                    + "(threads in the blocking operation), Total.",
            "With --events, 'unblock' delivers a request (a thread leaves the blocking operation) and "
                    + "'complete' finishes the request of the longest-processing thread; the kernel settles "
                    + "after each event. With --workload, a generator thread delivers requests at seeded "
                    + "random (exponential) times and pool threads serve each for a random time, then the "
                    + "pool is destroyed and a summary follows the rows."},
        footer = {"", "Example (seed 003's two tables):",
            "  threadlab pool --lo-water 3 --increment 2 --hi-water 7 --maximum 10 \\",
            "      --flags USE_SELF --events 'unblock*10,complete*10'"})
final class PoolCommand implements Callable<Integer> {
    /** The --events default: the seed's two tables. */
    static final String SEED_EVENTS = "unblock*10,complete*10";

    @Spec
    private CommandSpec spec;

    @Option(names = "--lo-water", paramLabel = "N", description = "lo_water: threads to keep in the blocking operation (default: ${DEFAULT-VALUE})")
    private int loWater = PoolLimits.SEED_003.loWater();

    @Option(names = "--increment", paramLabel = "N", description = "increment: threads created per lo_water trip (default: ${DEFAULT-VALUE})")
    private int increment = PoolLimits.SEED_003.increment();

    @Option(names = "--hi-water", paramLabel = "N", description = "hi_water: most threads in the blocking operation (default: ${DEFAULT-VALUE})")
    private int hiWater = PoolLimits.SEED_003.hiWater();

    @Option(names = "--maximum", paramLabel = "N", description = "maximum: most threads in the pool (default: ${DEFAULT-VALUE})")
    private int maximum = PoolLimits.SEED_003.maximum();

    @Option(names = "--flags", paramLabel = "FLAG", converter = FlagConverter.class, defaultValue = "USE_SELF",
            description = "thread_pool_create flags: USE_SELF, EXIT_SELF or 0 (default: ${DEFAULT-VALUE})")
    private PoolFlag flag;

    @Option(names = "--events", paramLabel = "LIST",
            description = "events, e.g. 'unblock*10,complete*10' or 'unblock,unblock,complete' (default: " + SEED_EVENTS + ")")
    private String events;

    @Option(names = "--workload", description = "run a seeded random workload instead of --events")
    private boolean workload;

    @Option(names = "--requests", paramLabel = "N", description = "workload: requests (default: ${DEFAULT-VALUE})")
    private long requests = PoolWorkload.Options.defaults().requests();

    @Option(names = "--arrival-mean", paramLabel = "TICKS", description = "workload: mean ticks between requests (default: ${DEFAULT-VALUE})")
    private double arrivalMean = PoolWorkload.Options.defaults().arrivalMean();

    @Option(names = "--service-mean", paramLabel = "TICKS", description = "workload: mean ticks of service (default: ${DEFAULT-VALUE})")
    private double serviceMean = PoolWorkload.Options.defaults().serviceMean();

    @Option(names = "--seed", paramLabel = "N", description = "workload: random seed (default: ${DEFAULT-VALUE})")
    private long seed = PoolWorkload.Options.defaults().seed();

    @Option(names = "--cpus", paramLabel = "N", description = "workload: simulated CPUs (default: ${DEFAULT-VALUE})")
    private int cpus = PoolWorkload.Options.defaults().cpus();

    @Option(names = "--summary-only", description = "workload: print the summary without the rows (runs with no event sink)")
    private boolean summaryOnly;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    private PoolOutput.Format format;

    @Option(names = "--trace", description = "also print every kernel event, one line each")
    private boolean trace;

    private static final List<String> WORKLOAD_ONLY =
            List.of("--requests", "--arrival-mean", "--service-mean", "--seed", "--cpus", "--summary-only");

    @Override
    public Integer call() {
        PoolLimits limits = limits();
        if (workload && events != null) {
            throw usage("--events and --workload cannot be used together");
        }
        if (!workload) {
            for (String name : WORKLOAD_ONLY) {
                if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                    throw usage(name + " needs --workload");
                }
            }
        }
        List<String> traceLines = trace ? new ArrayList<>() : null;
        EventSink traceSink = trace ? e -> traceLines.add(EventFormatter.format(e)) : null;
        PoolOutput.Run run = workload ? runWorkload(limits, traceSink) : runEvents(limits, traceSink);
        PoolOutput.print(run, traceLines, format, spec.commandLine().getOut());
        return 0;
    }

    private PoolLimits limits() {
        String problem = PoolLimits.problem(loWater, increment, hiWater, maximum);
        if (problem != null) {
            throw usage(problem);
        }
        return new PoolLimits(loWater, increment, hiWater, maximum);
    }

    private PoolOutput.Run runEvents(PoolLimits limits, EventSink traceSink) {
        String eventList = events == null ? SEED_EVENTS : events;
        List<PoolScript.Event> list;
        try {
            list = PoolScript.parse(eventList);
        } catch (IllegalArgumentException e) {
            throw usage("--events: " + e.getMessage());
        }
        PoolScript script = PoolScript.start(limits, flag, traceSink);
        try {
            script.run(list);
        } catch (IllegalArgumentException e) {
            throw usage("--events: " + e.getMessage());
        }
        return new PoolOutput.Run(limits, flag, eventList, null, script.rows(), null);
    }

    private PoolOutput.Run runWorkload(PoolLimits limits, EventSink traceSink) {
        PoolWorkload.Options options;
        try {
            options = new PoolWorkload.Options(requests, arrivalMean, serviceMean, seed, cpus);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<PoolChanged> rows = summaryOnly ? null : new ArrayList<>();
        EventSink sink = traceSink;
        if (rows != null) {
            sink = e -> {
                if (e instanceof PoolChanged row) {
                    rows.add(row);
                }
                if (traceSink != null) {
                    traceSink.accept(e);
                }
            };
        }
        try {
            PoolWorkload.Summary summary = PoolWorkload.run(limits, flag, options, sink);
            return new PoolOutput.Run(limits, flag, null, options, rows, summary);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** table, csv or json, any case. */
    static final class FormatConverter implements ITypeConverter<PoolOutput.Format> {
        @Override
        public PoolOutput.Format convert(String value) {
            for (PoolOutput.Format f : PoolOutput.Format.values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new TypeConversionException("expected table, csv or json, got '" + value + "'");
        }
    }

    /** USE_SELF, EXIT_SELF or 0, any case. */
    static final class FlagConverter implements ITypeConverter<PoolFlag> {
        @Override
        public PoolFlag convert(String value) {
            try {
                return PoolFlag.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
