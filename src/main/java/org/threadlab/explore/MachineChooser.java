package org.threadlab.explore;

import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.vm.interp.Machine;

/**
 * A chooser that looks at the machine it drives: at a scheduling choice the kernel's
 * {@link org.threadlab.kernel.Kernel#choiceCandidates()} (PCT) or the whole state (stateful
 * search). {@link Execution#run} attaches the machine as soon as it exists, before it runs.
 */
public interface MachineChooser extends Chooser {
    void attach(Machine machine);

    /**
     * The execution's record of every choice, this chooser's among them: told before
     * {@link #attach}, for a chooser that needs the choices made so far (a snapshot's).
     */
    default void recordedBy(RecordingChooser recording) {
    }
}
