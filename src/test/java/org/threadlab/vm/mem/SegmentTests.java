package org.threadlab.vm.mem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentTests {

    @Test
    void articlesFollowHowTheNumberIsSpoken() {
        assertThat(Segment.article(8)).isEqualTo("an");
        assertThat(Segment.article(11)).isEqualTo("an");
        assertThat(Segment.article(18)).isEqualTo("an");
        assertThat(Segment.article(80)).isEqualTo("an");
        assertThat(Segment.article(800)).isEqualTo("an");
        assertThat(Segment.article(11000)).isEqualTo("an");
        assertThat(Segment.article(1)).isEqualTo("a");
        assertThat(Segment.article(40)).isEqualTo("a");
        assertThat(Segment.article(110)).isEqualTo("a");
        assertThat(Segment.article(1100)).isEqualTo("a");
    }

    @Test
    void descriptionsNameTheObject() {
        AddressSpace mem = new AddressSpace(1 << 20);
        assertThat(mem.segment(mem.newGlobal("buf", new byte[8], false)).describe()).isEqualTo("an 8-byte global 'buf'");
        assertThat(mem.segment(mem.newStack(4, 8192)).describe()).isEqualTo("the stack of thread 4");
        long p = mem.malloc(1, "m.c:9");
        assertThat(mem.segment(AddressSpace.segmentOf(p)).describe()).isEqualTo("a heap block of 1 byte allocated at m.c:9");
    }
}
