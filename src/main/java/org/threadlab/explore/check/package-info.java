/**
 * The explorer's checks that watch an execution as it runs, beside the bugs the VM reports
 * itself (deadlock, assertion, fault): livelock and starvation ({@link ProgressMonitor}) and
 * lab-defined invariants, C expressions over the program's globals ({@link InvariantCompiler},
 * {@link InvariantChecker}). {@link ExecutionChecks} runs a machine with them attached.
 */
package org.threadlab.explore.check;
