package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The READY queues' bitmap walk, against a plain scan of the levels. */
class ReadyQueuesTests {
    @Test
    void highestPriorityBelowVisitsExactlyTheNonEmptyLevelsFromTheTop() {
        int[] priorities = {0, 1, 62, 63, 64, 65, 127, 128, 200, 254, 255, 63};
        ReadyQueues ready = new ReadyQueues();
        for (int i = 0; i < priorities.length; i++) {
            ready.addTail(new SimThread(i, i + 1, null, "t" + i, null, priorities[i], Policy.RR));
        }
        List<Integer> expected = new ArrayList<>();
        for (int p = ReadyQueues.PRIORITIES - 1; p >= 0; p--) {
            if (ready.first(p) != null) {
                expected.add(p);
            }
        }
        List<Integer> walked = new ArrayList<>();
        for (int p = ready.highestPriorityBelow(ReadyQueues.PRIORITIES); p >= 0; p = ready.highestPriorityBelow(p)) {
            walked.add(p);
        }
        assertThat(walked).isEqualTo(expected).hasSize(priorities.length - 1);
        assertThat(ready.highestPriorityBelow(ReadyQueues.PRIORITIES)).isEqualTo(ready.highestPriority());
        assertThat(ready.highestPriorityBelow(0)).isEqualTo(-1);
        assertThat(new ReadyQueues().highestPriorityBelow(ReadyQueues.PRIORITIES)).isEqualTo(-1);
    }
}
