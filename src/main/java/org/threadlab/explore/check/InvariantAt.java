package org.threadlab.explore.check;

/** When the invariants are checked. */
public enum InvariantAt {
    /** After every visible step (a shared access or a kernel call: the only steps that change globals). */
    STEP,
    /** Once, when the process exits. */
    EXIT
}
