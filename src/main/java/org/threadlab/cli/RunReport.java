package org.threadlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.WaitForGraph;
import org.threadlab.vm.Fault;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.AssertLib;
import org.threadlab.vm.lib.LibState;
import org.threadlab.vm.lib.Output;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON summary {@code threadlab run --report FILE} writes: {@code outcome} (exit, assertion,
 * reach_error, deadlock, fault, budget, compile-error), {@code exitStatus}, {@code stdout},
 * {@code stderr}, {@code instructions}, {@code ticks}, {@code threads}, {@code contextSwitches},
 * and the diagnosis: its text, the fault (kind, message, thread, file, line, column) or the
 * deadlocked threads (tid, label, state, waitingOn, heldBy) and the wait-for cycle.
 */
final class RunReport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RunReport() {
    }

    static ObjectNode compileError(String diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("outcome", "compile-error");
        root.put("exitStatus", RunCommand.COMPILE_ERROR);
        root.put("diagnosis", diagnostics);
        return root;
    }

    static ObjectNode of(Machine machine, VmOutcome outcome, String diagnosis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("outcome", outcomeName(outcome));
        root.put("exitStatus", RunCommand.exitStatus(outcome));
        Output output = LibState.of(machine).output();
        root.put("stdout", output.text(Output.Stream.STDOUT));
        root.put("stderr", output.text(Output.Stream.STDERR));
        root.put("instructions", outcome.instructions());
        root.put("ticks", machine.kernel().tick());
        root.put("threads", machine.kernel().threadsCreated());
        root.put("contextSwitches", machine.kernel().contextSwitches());
        root.put("diagnosis", diagnosis);
        if (outcome.fault() != null) {
            root.set("fault", fault(outcome.fault()));
        }
        if (outcome.status() == VmOutcome.Status.DEADLOCK) {
            root.set("deadlock", deadlock(machine, outcome));
        }
        return root;
    }

    /** The report's name for how the run ended. */
    static String outcomeName(VmOutcome outcome) {
        return switch (outcome.status()) {
            case EXITED -> "exit";
            case DEADLOCK -> "deadlock";
            case BUDGET, HALTED, RUNNING -> "budget";
            case FAULT -> outcome.fault().message().startsWith(AssertLib.PREFIX) ? "assertion"
                    : outcome.fault().message().startsWith(AssertLib.REACH_ERROR_PREFIX) ? "reach_error" : "fault";
        };
    }

    private static ObjectNode fault(Fault f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
        node.put("message", f.message());
        node.put("thread", f.tid());
        if (f.pos() != null) {
            node.put("file", f.pos().file().name());
            node.put("line", f.pos().line());
            node.put("column", f.pos().column());
            node.put("source", f.pos().lineText());
        }
        return node;
    }

    private static ObjectNode deadlock(Machine machine, VmOutcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode threads = node.putArray("threads");
        for (SimThread t : machine.kernel().threads()) {
            if (!outcome.blocked().contains(t.tid())) {
                continue;
            }
            ObjectNode th = threads.addObject();
            th.put("tid", t.tid());
            th.put("label", t.label());
            th.put("state", t.state().name());
            KernelObject on = t.waitingOn();
            th.put("waitingOn", on == null ? "" : on.name());
            ArrayNode heldBy = th.putArray("heldBy");
            for (SimThread h : WaitForGraph.waitsFor(t)) {
                heldBy.add(h.tid());
            }
        }
        ArrayNode cycle = node.putArray("cycle");
        outcome.cycle().forEach(cycle::add);
        return node;
    }

    /** Writes {@code report} to {@code file} when one was asked for. */
    static void write(Path file, ObjectNode report) throws IOException {
        if (file != null) {
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        }
    }
}
