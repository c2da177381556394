package org.threadlab.cc.type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The body of a struct or union type, shared by every qualified copy of the type, so a forward
 * declaration ({@code struct node;}) completed later is complete everywhere. Layout follows the
 * System V x86-64 ABI as gcc does it: each member at the next multiple of its alignment, the
 * aggregate aligned to its strictest member, size rounded up to the alignment; a flexible array
 * member adds no size.
 */
public final class Aggregate {
    private final String tag;
    private final boolean union;
    private String typedefName;
    private List<Member> members = List.of();
    private boolean complete;
    private boolean flexible;
    private long size;
    private int align = 1;

    public Aggregate(String tag, boolean union) {
        this.tag = tag;
        this.union = union;
    }

    /** Lays out {@code declared} and completes this aggregate; {@code alignas} (0 for none) raises the alignment. */
    public void complete(List<Member> declared, int alignas) {
        complete(declared, List.of(), alignas);
    }

    /**
     * Lays out {@code declared}, member i aligned to at least {@code memberAlignas.get(i)} when
     * that list has an entry ({@code _Alignas} on a member), and completes this aggregate.
     */
    public void complete(List<Member> declared, List<Integer> memberAlignas, int alignas) {
        complete(declared, memberAlignas, alignas, false);
    }

    /**
     * As {@link #complete(List, List, int)}; {@code packed} ({@code __attribute__((packed))})
     * lays members out with alignment 1 unless a member has its own {@code _Alignas}.
     */
    public void complete(List<Member> declared, List<Integer> memberAlignas, int alignas, boolean packed) {
        List<Member> laid = new ArrayList<>();
        long bits = 0;
        long unionSize = 0;
        int maxAlign = 1;
        boolean flex = false;
        for (int i = 0; i < declared.size(); i++) {
            Member m = declared.get(i);
            Type t = m.type();
            boolean last = i == declared.size() - 1;
            if (t.isArray() && t.arrayLength() < 0 && last && !union) {
                flex = true;
            }
            int a = Math.max(packed ? 1 : t.align(), i < memberAlignas.size() ? memberAlignas.get(i) : 0);
            if (!m.isBitField() || m.name() != null) {
                maxAlign = Math.max(maxAlign, a);
            }
            if (union) {
                if (m.name() != null || !m.isBitField()) {
                    laid.add(new Member(m.name(), t, 0, m.pos(), 0, m.bitWidth()));
                }
                unionSize = Math.max(unionSize, m.isBitField() ? (m.bitWidth() + 7) / 8 : t.size());
                continue;
            }
            if (m.isBitField()) {
                long unit = t.size() * 8;
                if (m.bitWidth() == 0) {
                    bits = alignTo(bits, unit);
                    continue;
                }
                if (bits / unit != (bits + m.bitWidth() - 1) / unit) {
                    bits = alignTo(bits, unit);
                }
                long offset = bits / 8 / t.size() * t.size();
                if (m.name() != null) {
                    laid.add(new Member(m.name(), t, offset, m.pos(), (int) (bits - offset * 8), m.bitWidth()));
                }
                bits += m.bitWidth();
                continue;
            }
            bits = alignTo(bits, a * 8L);
            laid.add(new Member(m.name(), t, bits / 8, m.pos()));
            bits += Math.max(t.size(), 0) * 8;
        }
        maxAlign = Math.max(maxAlign, alignas);
        this.members = Collections.unmodifiableList(laid);
        this.align = maxAlign;
        this.size = alignTo(union ? unionSize : alignTo(bits, 8) / 8, maxAlign);
        this.flexible = flex;
        this.complete = true;
    }

    public static long alignTo(long n, long align) {
        return (n + align - 1) / align * align;
    }

    public String tag() {
        return tag;
    }

    /** The first typedef name of an untagged aggregate ("pthread_mutex_t"), for messages; null otherwise. */
    public String typedefName() {
        return typedefName;
    }

    public void setTypedefName(String name) {
        if (tag == null && typedefName == null) {
            typedefName = name;
        }
    }

    public boolean isUnion() {
        return union;
    }

    public List<Member> members() {
        return members;
    }

    public boolean isComplete() {
        return complete;
    }

    public boolean hasFlexibleArrayMember() {
        return flexible;
    }

    public long size() {
        return complete ? size : -1;
    }

    public int align() {
        return align;
    }
}
