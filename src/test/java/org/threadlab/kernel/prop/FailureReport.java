package org.threadlab.kernel.prop;

/** The assertion message for a failed property: enough to read the bug and to reproduce it. */
final class FailureReport {
    private FailureReport() {
    }

    static String render(PropertyCase original, String originalFailure, PropertyCase minimal,
                         String minimalFailure, RunOutcome minimalRun, Shrinker.Result shrunk) {
        StringBuilder sb = new StringBuilder();
        sb.append("kernel property failed for seed ").append(original.seed())
                .append(" (reproduce: KernelProperties.verify(ProgramGenerator.generate(")
                .append(original.seed()).append("L)))\n");
        sb.append("setup: ").append(original.setup()).append('\n');
        sb.append("failure: ").append(originalFailure).append('\n');
        sb.append("original program: ").append(original.program().threads().size()).append(" threads, ")
                .append(original.program().opCount()).append(" operations\n");
        sb.append("minimal program (").append(shrunk.attempts()).append(" candidates tried, ")
                .append(shrunk.accepted()).append(" kept):\n  ").append(minimal.program()).append('\n');
        sb.append("its failure: ").append(minimalFailure).append('\n');
        sb.append("last events of the minimal run:\n");
        for (String line : minimalRun.tail()) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
