package org.threadlab.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VmConfigTests {

    @Test
    void defaultsAreTheDocumentedBudgets() {
        VmConfig c = VmConfig.defaults();
        assertThat(c.instructions()).isEqualTo(50_000_000);
        assertThat(c.memoryBytes()).isEqualTo(64 * VmConfig.MIB);
        assertThat(c.threads()).isEqualTo(256);
        assertThat(c.outputBytes()).isEqualTo(VmConfig.MIB);
        assertThat(c.callDepth()).isEqualTo(10_000);
        assertThat(c.stackBytes()).isEqualTo(256 * 1024);
        assertThat(c.mainStackBytes()).isEqualTo(8 * 1024 * 1024);
    }

    @Test
    void badSettingsAreRejectedByName() {
        assertThatThrownBy(() -> VmConfig.builder().instructions(0)).hasMessage("instructions must be at least 1, got 0");
        assertThatThrownBy(() -> VmConfig.builder().threads(0)).hasMessageStartingWith("threads must be");
        assertThatThrownBy(() -> VmConfig.builder().stackBytes(10)).hasMessageStartingWith("stackBytes must be");
        assertThatThrownBy(() -> VmConfig.builder().callDepth(-1)).hasMessageStartingWith("callDepth must be");
        assertThatThrownBy(() -> VmConfig.builder().memoryBytes(1)).hasMessageStartingWith("memoryBytes must be");
        assertThatThrownBy(() -> VmConfig.builder().outputBytes(-1)).hasMessageStartingWith("outputBytes must");
    }

    @Test
    void toBuilderKeepsEverySetting() {
        VmConfig c = VmConfig.builder().instructions(7).threads(3).stackBytes(4096).build();
        assertThat(c.toBuilder().build().toString()).isEqualTo(c.toString());
    }

    @Test
    void faultsPrintPositionThreadAndMessage() {
        Fault f = new Fault(FaultKind.NULL_POINTER, "NULL pointer dereference", 2, null, 0);
        assertThat(f).hasToString("thread 2: NULL pointer dereference");
    }
}
