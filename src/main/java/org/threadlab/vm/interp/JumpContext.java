package org.threadlab.vm.interp;

import org.threadlab.vm.code.Function;

/**
 * Where setjmp was called, for longjmp: the thread, the frame (by depth and by its entry serial,
 * so a frame that returned and was entered again is told apart) and the registers as they are
 * right after the setjmp call. Opaque to the library, which keeps it in its per-thread state and
 * puts a handle to it in the {@code jmp_buf}.
 *
 * <p>Only the frame's operand stack up to the setjmp call is restored, which is enough because C
 * allows setjmp only as a whole expression statement or controlling expression (compared with a
 * constant or negated), where nothing else of the expression is on the stack. Locals in slots
 * keep the values they have at the longjmp (C calls non-volatile ones indeterminate).
 */
public final class JumpContext {
    final VmThread thread;
    final int depth;
    final long frameSerial;
    final Function function;
    final int pc;
    final int sp;
    final int spBase;
    final int slotBase;
    final int frameBase;
    final int vaBase;
    final int stackTop;

    JumpContext(VmThread thread, int depth, long frameSerial, Function function, int pc, int sp, int spBase,
                int slotBase, int frameBase, int vaBase, int stackTop) {
        this.thread = thread;
        this.depth = depth;
        this.frameSerial = frameSerial;
        this.function = function;
        this.pc = pc;
        this.sp = sp;
        this.spBase = spBase;
        this.slotBase = slotBase;
        this.frameBase = frameBase;
        this.vaBase = vaBase;
        this.stackTop = stackTop;
    }
}
