package org.threadlab.kernel;

import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventRecorder;

/** A kernel with one process and an event recorder, for tests. */
public final class KernelFixture {
    public final Kernel kernel;
    public final SimProcess process;
    public final EventRecorder events = new EventRecorder();

    public KernelFixture(KernelConfig config) {
        this(config, Chooser.realistic());
    }

    public KernelFixture(KernelConfig config, Chooser chooser) {
        kernel = new Kernel(config, chooser);
        kernel.setSink(events);
        process = kernel.createProcess("test", AddressSpace.NONE);
    }

    public static KernelFixture oneCpu() {
        return new KernelFixture(KernelConfig.defaults());
    }

    public SimThread thread(String label, int priority, Policy policy, ThreadBody body) {
        return kernel.createThread(process, label, body, ThreadAttr.explicit(priority, policy), null);
    }

    public SimThread thread(String label, int priority, ThreadBody body) {
        return thread(label, priority, Policy.RR, body);
    }

    public RunState run() {
        return kernel.run(10_000_000);
    }
}
