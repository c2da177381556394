/**
 * Segmented, byte-addressable memory of one simulated process. An address is
 * {@code segment << 32 | offset}; every global, string literal, heap block and thread stack is a
 * segment of its own with exact bounds, and segment ids are never reused, so out-of-bounds
 * accesses, use after free and double free are always caught at the exact object. Segment 0 is
 * the NULL guard and segment 1 holds function addresses. Values are little-endian.
 */
package org.threadlab.vm.mem;
