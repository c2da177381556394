package org.threadlab.vm.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;

class AddressSpaceTests {
    private final AddressSpace mem = new AddressSpace(1 << 20);

    private long global(String name, int size) {
        return AddressSpace.address(mem.newGlobal(name, new byte[size], false), 0);
    }

    private static void assertFault(Runnable r, FaultKind kind, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(FaultException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void storesAreLittleEndian() {
        long g = global("g", 8);
        mem.store32(g, 0x11223344);
        assertThat(mem.loadU8(g)).isEqualTo(0x44);
        assertThat(mem.loadU8(g + 3)).isEqualTo(0x11);
        assertThat(mem.loadU16(g + 1)).isEqualTo(0x2233);
        mem.store64(g, 0x0102030405060708L);
        assertThat(mem.readBytes(g, 8)).containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void signedLoadsSignExtendAndUnsignedLoadsZeroExtend() {
        long g = global("g", 8);
        mem.store64(g, -1);
        assertThat(mem.loadI8(g)).isEqualTo(-1);
        assertThat(mem.loadU8(g)).isEqualTo(255);
        assertThat(mem.loadI16(g)).isEqualTo(-1);
        assertThat(mem.loadU16(g)).isEqualTo(65535);
        assertThat(mem.loadI32(g)).isEqualTo(-1);
        assertThat(mem.loadU32(g)).isEqualTo(0xFFFF_FFFFL);
        assertThat(mem.load64(g)).isEqualTo(-1);
    }

    @Test
    void floatsAndDoublesAreStoredAsRawBits() {
        long g = global("g", 8);
        mem.storeF64(g, 1.5);
        assertThat(mem.load64(g)).isEqualTo(Double.doubleToRawLongBits(1.5));
        mem.storeF32(g, 2.25f);
        assertThat(mem.loadF32(g)).isEqualTo(2.25f);
    }

    @Test
    void nullAndWildAddressesFault() {
        assertFault(() -> mem.loadI32(0), FaultKind.NULL_POINTER, "NULL pointer dereference");
        assertFault(() -> mem.store8(16, 1), FaultKind.NULL_POINTER, "NULL pointer dereference");
        assertFault(() -> mem.loadI32(0x10000), FaultKind.INVALID_ADDRESS, "invalid address 0x10000");
        assertFault(() -> mem.loadI32(AddressSpace.address(99, 0)), FaultKind.INVALID_ADDRESS,
                "invalid address 0x6300000000");
        assertFault(() -> mem.loadI8(AddressSpace.address(AddressSpace.CODE_SEGMENT, 0)), FaultKind.INVALID_ADDRESS,
                "invalid address 0x100000000");
    }

    @Test
    void outOfBoundsNamesTheObject() {
        long buf = global("buf", 40);
        assertFault(() -> mem.loadI32(buf + 40), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 4 bytes at offset 40 of a 40-byte global 'buf'");
        assertFault(() -> mem.store64(buf + 36, 0), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 8 bytes at offset 36 of a 40-byte global 'buf'");
        assertFault(() -> mem.loadI32(buf - 4), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 4 bytes at offset -4 of a 40-byte global 'buf'");
        long block = mem.malloc(12, "prog.c:7");
        assertFault(() -> mem.loadI8(block + 12), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 1 byte at offset 12 of a heap block of 12 bytes allocated at prog.c:7");
    }

    @Test
    void stringLiteralsAreReadOnly() {
        long s = AddressSpace.address(mem.newString(new byte[] {'h', 'i', 0}), 0);
        assertThat(mem.loadU8(s)).isEqualTo('h');
        assertThat(mem.strlen(s)).isEqualTo(2);
        assertFault(() -> mem.store8(s, 'H'), FaultKind.WRITE_TO_READ_ONLY, "write to a string literal");
        assertFault(() -> mem.loadI8(s + 3), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 1 byte at offset 3 of a 3-byte string literal");
        long c = AddressSpace.address(mem.newGlobal("limit", new byte[4], true), 0);
        assertFault(() -> mem.store32(c, 1), FaultKind.WRITE_TO_READ_ONLY, "write to the read-only global 'limit'");
    }

    @Test
    void freedBlocksStayKnown() {
        long p = mem.malloc(40, "prog.c:12");
        mem.store32(p, 7);
        mem.free(p);
        assertFault(() -> mem.loadI32(p), FaultKind.USE_AFTER_FREE,
                "use after free of a block of 40 bytes allocated at prog.c:12");
        assertFault(() -> mem.free(p), FaultKind.DOUBLE_FREE,
                "double free of a heap block of 40 bytes allocated at prog.c:12");
        mem.free(0);
    }

    @Test
    void freeOfAnythingButABlockStartFaults() {
        long p = mem.malloc(16, "prog.c:3");
        assertFault(() -> mem.free(p + 8), FaultKind.INVALID_FREE,
                "free of a pointer to offset 8 of a heap block of 16 bytes allocated at prog.c:3, not to its start");
        long g = global("g", 4);
        assertFault(() -> mem.free(g), FaultKind.INVALID_FREE,
                "free of a pointer to a 4-byte global 'g', which malloc did not return");
    }

    @Test
    void segmentIdsAreNeverReused() {
        long a = mem.malloc(8, "a");
        mem.free(a);
        long b = mem.malloc(8, "b");
        assertThat(AddressSpace.segmentOf(b)).isGreaterThan(AddressSpace.segmentOf(a));
    }

    @Test
    void reallocMovesContentsAndFreesTheOldBlock() {
        long p = mem.malloc(4, "x.c:1");
        mem.store32(p, 0x01020304);
        long q = mem.realloc(p, 8, "x.c:2");
        assertThat(q).isNotEqualTo(p);
        assertThat(mem.loadI32(q)).isEqualTo(0x01020304);
        assertThat(mem.loadI32(q + 4)).isZero();
        assertFault(() -> mem.loadI8(p), FaultKind.USE_AFTER_FREE, "use after free of a block of 4 bytes allocated at x.c:1");
        long r = mem.realloc(q, 2, "x.c:3");
        assertThat(mem.loadU16(r)).isEqualTo(0x0304);
        assertThat(mem.realloc(r, 0, "x.c:4")).isZero();
        assertFault(() -> mem.loadI8(r), FaultKind.USE_AFTER_FREE, "use after free of a block of 2 bytes allocated at x.c:3");
        long fresh = mem.realloc(0, 5, "x.c:5");
        assertThat(mem.readBytes(fresh, 5)).containsOnly(0);
    }

    @Test
    void heapOverBudgetReturnsNullButKeepsTheOldBlock() {
        AddressSpace small = new AddressSpace(8192);
        long p = small.malloc(4000, "a.c:1");
        assertThat(small.malloc(5000, "a.c:2")).isZero();
        assertThat(small.realloc(p, 6000, "a.c:3")).isZero();
        small.store8(p, 1);
        assertThat(small.calloc(Long.MAX_VALUE, 2, "a.c:4")).isZero();
        small.free(p);
        assertThat(small.bytesInUse()).isZero();
        assertThat(small.malloc(8000, "a.c:5")).isNotZero();
    }

    @Test
    void globalsAndStacksOverBudgetFault() {
        AddressSpace small = new AddressSpace(8192);
        small.newGlobal("a", new byte[8000], false);
        assertFault(() -> small.newGlobal("b", new byte[1000], false), FaultKind.BUDGET,
                "memory budget of 8192 bytes exceeded");
        assertFault(() -> small.newStack(1, 65536), FaultKind.BUDGET, "memory budget of 8192 bytes exceeded");
    }

    @Test
    void stacksCommitLazilyAndOverflowAtTheirSize() {
        int id = mem.newStack(3, 65536);
        assertThat(mem.bytesInUse()).isEqualTo(AddressSpace.STACK_INITIAL_COMMIT);
        long top = AddressSpace.address(id, 65528);
        mem.store64(top, 42);
        assertThat(mem.load64(top)).isEqualTo(42);
        assertThat(mem.bytesInUse()).isEqualTo(65536);
        assertFault(() -> mem.ensureStack(id, 65537), FaultKind.STACK_OVERFLOW,
                "stack overflow: thread 3 used more than its 65536-byte stack");
        assertFault(() -> mem.loadI8(AddressSpace.address(id, 65536)), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 1 byte at offset 65536 of the stack of thread 3");
        mem.releaseStack(id);
        assertThat(mem.bytesInUse()).isZero();
        assertFault(() -> mem.loadI8(top), FaultKind.USE_AFTER_FREE, "use of the stack of thread 3 after the thread exited");
    }

    @Test
    void bulkOperationsAreBoundsChecked() {
        long a = global("a", 8);
        long b = global("b", 8);
        mem.writeBytes(a, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        mem.copy(b, a, 8);
        assertThat(mem.compare(a, b, 8)).isZero();
        mem.copy(a + 1, a, 4); // overlapping: memmove
        assertThat(mem.readBytes(a, 8)).containsExactly(1, 1, 2, 3, 4, 6, 7, 8);
        mem.fill(b, 0xFF, 4);
        assertThat(mem.compare(a, b, 8)).isEqualTo(-1);
        assertFault(() -> mem.copy(b, a, 9), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 9 bytes at offset 0 of an 8-byte global 'a'");
        assertFault(() -> mem.strlen(a), FaultKind.OUT_OF_BOUNDS,
                "out-of-bounds access: 1 byte at offset 8 of an 8-byte global 'a'");
    }

    @Test
    void longAgoFreedBlocksBecomeTombstonesThatStillFault() {
        AddressSpace big = new AddressSpace(1 << 30);
        long first = big.malloc(16, "loop.c:3");
        big.free(first);
        long last = 0;
        for (int i = 0; i < AddressSpace.REMEMBERED_FREES; i++) {
            last = big.malloc(16, "loop.c:3");
            big.free(last);
        }
        long recent = last;
        assertFault(() -> big.loadI8(first), FaultKind.USE_AFTER_FREE, "use after free of a heap block freed long ago");
        assertFault(() -> big.free(first), FaultKind.DOUBLE_FREE, "double free of a heap block freed long ago");
        assertFault(() -> big.loadI8(recent), FaultKind.USE_AFTER_FREE,
                "use after free of a block of 16 bytes allocated at loop.c:3");
    }

    @Test
    void aCopySharesAddressesButNotBytes() {
        long g = global("g", 8);
        long p = mem.malloc(4, "f.c:1");
        long gone = mem.malloc(4, "f.c:2");
        mem.free(gone);
        mem.store32(p, 5);
        AddressSpace child = mem.copy();
        child.store32(p, 6);
        child.store64(g, 7);
        assertThat(mem.loadI32(p)).isEqualTo(5);
        assertThat(mem.load64(g)).isZero();
        assertThat(child.loadI32(p)).isEqualTo(6);
        assertThat(child.bytesInUse()).isEqualTo(mem.bytesInUse());
        assertFault(() -> child.loadI8(gone), FaultKind.USE_AFTER_FREE,
                "use after free of a block of 4 bytes allocated at f.c:2");
        assertThat(AddressSpace.segmentOf(child.malloc(1, "f.c:3"))).isEqualTo(AddressSpace.segmentOf(mem.malloc(1, "f.c:3")));
    }

    @Test
    void aSnapshotSharesBytesUntilEitherSideWrites() {
        long g = global("g", 8);
        int stack = mem.newStack(1, 65536);
        long local = AddressSpace.address(stack, 16);
        mem.store64(g, 1);
        mem.store64(local, 2);
        AddressSpace snapshot = mem.snapshot();
        AddressSpace second = snapshot.snapshot();
        mem.store64(g, 10);                                  // the original writes first
        snapshot.store64(local, 20);                         // the snapshot writes another segment
        second.copy(g, local, 8);                            // a bulk write into a shared segment
        snapshot.store64(AddressSpace.address(stack, 8192), 30); // commits more of a shared stack
        assertThat(mem.load64(g)).isEqualTo(10);
        assertThat(mem.load64(local)).isEqualTo(2);
        assertThat(snapshot.load64(g)).isEqualTo(1);
        assertThat(snapshot.load64(local)).isEqualTo(20);
        assertThat(second.load64(g)).isEqualTo(2);
        assertThat(second.load64(local)).isEqualTo(2);
        assertThat(mem.loadI8(AddressSpace.address(stack, 8192))).isZero();
        assertThat(snapshot.load64(AddressSpace.address(stack, 8192))).isEqualTo(30);
        assertThat(snapshot.segment(stack).isShared()).isEqualTo(mem.segment(stack).isShared());
    }
}
