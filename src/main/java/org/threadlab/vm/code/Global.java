package org.threadlab.vm.code;

import java.util.List;

/**
 * One global or static object: its name (as faults print it), its size, its initial bytes (at
 * most {@code size}; the rest are zeros, so {@code int big[1 << 24];} costs no image), whether it
 * is const (stores fault) and the addresses to patch into it at load time.
 */
public record Global(String name, int size, byte[] image, boolean readOnly, List<Relocation> relocations) {
    public Global {
        if (size < 0 || image.length > size) {
            throw new IllegalArgumentException("global " + name + ": image of " + image.length
                    + " bytes for a size of " + size);
        }
        image = image.clone();
        relocations = List.copyOf(relocations);
        for (Relocation r : relocations) {
            if (r.offset() < 0 || (long) r.offset() + 8 > size) {
                throw new IllegalArgumentException("relocation at " + r.offset() + " outside global " + name);
            }
        }
    }

    /** A global of {@code image.length} bytes initialised to {@code image}. */
    public Global(String name, byte[] image, boolean readOnly, List<Relocation> relocations) {
        this(name, image.length, image, readOnly, relocations);
    }

    /** A zero-filled global of {@code size} bytes. */
    public static Global zeroed(String name, int size) {
        return new Global(name, size, new byte[0], false, List.of());
    }

    /** A copy of the initial bytes (possibly shorter than the global; the rest are zeros). */
    @Override
    public byte[] image() {
        return image.clone();
    }
}
