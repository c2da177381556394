package org.threadlab.vm.code;

/**
 * The instruction set: a stack machine over 64-bit values. Each instruction is an opcode int in
 * a function's code array followed by its operand ints; jump targets are code indices. See
 * {@code package-info.java} for the value representation, the calling convention and the
 * variadic ABI. The constants and the tables below (names, operand kinds, stack effects) are
 * parallel: an opcode added or moved must be added or moved in every one of them.
 *
 * <p>Operand kinds (one letter per operand int): {@code i} immediate, {@code k} constant-pool
 * index, {@code s} slot, {@code o} frame offset, {@code g} global, {@code t} string literal,
 * {@code f} function, {@code b} builtin, {@code n} count, {@code l} label (code index);
 * {@code *} marks the variable-length switches.
 */
public final class Op {
    private Op() {
    }
    /** Does nothing. */
    public static final int NOP = 0;
    /** Pushes the sign-extended 32-bit immediate. */
    public static final int CONST = 1;
    /** Pushes 64-bit constant k of the program's constant pool (also doubles' raw bits). */
    public static final int CONST_WIDE = 2;
    /** Discards the top value. */
    public static final int POP = 3;
    /** a -> a a. */
    public static final int DUP = 4;
    /** a b -> b a. */
    public static final int SWAP = 5;
    /** a b -> a b a. */
    public static final int OVER = 6;
    /** Pushes frame slot s (a register-held local or parameter; never a memory access). */
    public static final int LOAD_SLOT = 7;
    /** Pops into frame slot s. */
    public static final int STORE_SLOT = 8;
    /**
     * Pushes the address of byte o of the frame's memory area on the thread's stack (address-taken
     * locals, arrays, structs).
     */
    public static final int FRAME_ADDR = 9;
    /** Pushes the address of global g (offset 0 of its segment). */
    public static final int GLOBAL_ADDR = 10;
    /** Pushes the address of string literal t. */
    public static final int STRING_ADDR = 11;
    /** Pushes the address of function f (a function pointer: code segment, offset f). */
    public static final int FUNC_ADDR = 12;
    /**
     * Pushes the address of builtin b of the program's builtin table (code segment, offset BUILTIN_BASE
     * + b).
     */
    public static final int BUILTIN_ADDR = 13;
    /** Pushes the address of the first variadic argument of the current call (see the variadic ABI). */
    public static final int VA_START = 14;
    /**
     * size -> address: reserves size bytes (rounded up to 16) on the stack until the function returns
     * (VLAs, alloca).
     */
    public static final int ALLOCA = 15;
    /** addr -> value: loads 1 byte, sign-extended. */
    public static final int LOAD_I8 = 16;
    /** addr -> value: loads 1 byte, zero-extended. */
    public static final int LOAD_U8 = 17;
    /** addr -> value: loads 2 bytes, sign-extended. */
    public static final int LOAD_I16 = 18;
    /** addr -> value: loads 2 bytes, zero-extended. */
    public static final int LOAD_U16 = 19;
    /**
     * addr -> value: loads 4 bytes, sign-extended (int, unsigned int, float bits: see the value
     * representation).
     */
    public static final int LOAD_I32 = 20;
    /** addr -> value: loads 4 bytes, zero-extended (float bits). */
    public static final int LOAD_U32 = 21;
    /** addr -> value: loads 8 bytes (long, pointer, double bits). */
    public static final int LOAD_I64 = 22;
    /** addr value -> : stores the low byte. */
    public static final int STORE_8 = 23;
    /** addr value -> : stores the low 2 bytes. */
    public static final int STORE_16 = 24;
    /** addr value -> : stores the low 4 bytes. */
    public static final int STORE_32 = 25;
    /** addr value -> : stores 8 bytes. */
    public static final int STORE_64 = 26;
    /** dst src -> : copies n bytes (struct assignment, memmove semantics); one access to each segment. */
    public static final int STRUCT_COPY = 27;
    /** dst -> : sets n bytes to 0 (initialisers). */
    public static final int ZERO = 28;
    /** a b -> a+b, wrapped to 32 bits and sign-extended. */
    public static final int ADD_I32 = 29;
    /** a b -> a-b, 32-bit wrap. */
    public static final int SUB_I32 = 30;
    /** a b -> a*b, 32-bit wrap. */
    public static final int MUL_I32 = 31;
    /** a b -> a/b signed 32-bit, truncating; faults on b == 0 and on INT_MIN / -1. */
    public static final int DIV_I32 = 32;
    /** a b -> a/b unsigned 32-bit; faults on b == 0. */
    public static final int DIV_U32 = 33;
    /** a b -> a%b signed 32-bit (sign of a); faults on b == 0 and on INT_MIN % -1. */
    public static final int REM_I32 = 34;
    /** a b -> a%b unsigned 32-bit; faults on b == 0. */
    public static final int REM_U32 = 35;
    /** a -> -a, 32-bit wrap. */
    public static final int NEG_I32 = 36;
    /** a b -> a << (b & 31), 32-bit. */
    public static final int SHL_I32 = 37;
    /** a b -> a >> (b & 31), arithmetic, 32-bit. */
    public static final int SHR_I32 = 38;
    /** a b -> a >>> (b & 31), logical on the low 32 bits, result sign-extended. */
    public static final int SHR_U32 = 39;
    /** a b -> a+b, 64-bit wrap (also pointer arithmetic). */
    public static final int ADD_I64 = 40;
    /** a b -> a-b, 64-bit wrap. */
    public static final int SUB_I64 = 41;
    /** a b -> a*b, 64-bit wrap. */
    public static final int MUL_I64 = 42;
    /** a b -> a/b signed 64-bit, truncating; faults on b == 0 and on LONG_MIN / -1. */
    public static final int DIV_I64 = 43;
    /** a b -> a/b unsigned 64-bit; faults on b == 0. */
    public static final int DIV_U64 = 44;
    /** a b -> a%b signed 64-bit; faults on b == 0 and on LONG_MIN % -1. */
    public static final int REM_I64 = 45;
    /** a b -> a%b unsigned 64-bit; faults on b == 0. */
    public static final int REM_U64 = 46;
    /** a -> -a, 64-bit wrap. */
    public static final int NEG_I64 = 47;
    /** a b -> a << (b & 63). */
    public static final int SHL_I64 = 48;
    /** a b -> a >> (b & 63), arithmetic. */
    public static final int SHR_I64 = 49;
    /** a b -> a >>> (b & 63), logical. */
    public static final int SHR_U64 = 50;
    /** a b -> a & b (any width: canonical values stay canonical). */
    public static final int AND = 51;
    /** a b -> a | b. */
    public static final int OR = 52;
    /** a b -> a ^ b. */
    public static final int XOR = 53;
    /** a -> ~a. */
    public static final int NOT = 54;
    /**
     * a -> (a == 0 ? 1 : 0): C's ! on integers and pointers (for a double compare with EQ_F64 0.0: -0.0
     * is not all-zero bits).
     */
    public static final int LNOT = 55;
    /** a b -> a == b (1 or 0), integers and pointers of any width. */
    public static final int EQ = 56;
    /** a b -> a != b. */
    public static final int NE = 57;
    /** a b -> a < b, signed (32-bit values are sign-extended, so one opcode serves both widths). */
    public static final int LT = 58;
    /** a b -> a <= b, signed. */
    public static final int LE = 59;
    /** a b -> a > b, signed. */
    public static final int GT = 60;
    /** a b -> a >= b, signed. */
    public static final int GE = 61;
    /** a b -> a < b, unsigned (correct for both widths: sign extension preserves unsigned order). */
    public static final int LT_U = 62;
    /** a b -> a <= b, unsigned. */
    public static final int LE_U = 63;
    /** a b -> a > b, unsigned. */
    public static final int GT_U = 64;
    /** a b -> a >= b, unsigned. */
    public static final int GE_U = 65;
    /** a -> (signed char) a, sign-extended. */
    public static final int SEXT8 = 66;
    /** a -> (short) a, sign-extended. */
    public static final int SEXT16 = 67;
    /** a -> (int) a, sign-extended: truncation of a 64-bit value to int or unsigned int. */
    public static final int SEXT32 = 68;
    /** a -> (unsigned char) a. */
    public static final int ZEXT8 = 69;
    /** a -> (unsigned short) a. */
    public static final int ZEXT16 = 70;
    /** a -> a & 0xFFFFFFFF: unsigned int widened to a 64-bit type. */
    public static final int ZEXT32 = 71;
    /** a b -> a+b on doubles (raw bits). */
    public static final int ADD_F64 = 72;
    /** a b -> a-b on doubles. */
    public static final int SUB_F64 = 73;
    /** a b -> a*b on doubles. */
    public static final int MUL_F64 = 74;
    /** a b -> a/b on doubles (IEEE: x/0 is an infinity or NaN, no fault). */
    public static final int DIV_F64 = 75;
    /** a -> -a on doubles. */
    public static final int NEG_F64 = 76;
    /** a b -> a == b on doubles (NaN compares unequal). */
    public static final int EQ_F64 = 77;
    /** a b -> a != b on doubles. */
    public static final int NE_F64 = 78;
    /** a b -> a < b on doubles. */
    public static final int LT_F64 = 79;
    /** a b -> a <= b on doubles. */
    public static final int LE_F64 = 80;
    /** a b -> a > b on doubles. */
    public static final int GT_F64 = 81;
    /** a b -> a >= b on doubles. */
    public static final int GE_F64 = 82;
    /** a b -> a+b on floats (raw float bits in the low 32 bits), rounded to float. */
    public static final int ADD_F32 = 83;
    /** a b -> a-b on floats. */
    public static final int SUB_F32 = 84;
    /** a b -> a*b on floats. */
    public static final int MUL_F32 = 85;
    /** a b -> a/b on floats. */
    public static final int DIV_F32 = 86;
    /** a -> -a on floats. */
    public static final int NEG_F32 = 87;
    /** a b -> a == b on floats. */
    public static final int EQ_F32 = 88;
    /** a b -> a != b on floats. */
    public static final int NE_F32 = 89;
    /** a b -> a < b on floats. */
    public static final int LT_F32 = 90;
    /** a b -> a <= b on floats. */
    public static final int LE_F32 = 91;
    /** a b -> a > b on floats. */
    public static final int GT_F32 = 92;
    /** a b -> a >= b on floats. */
    public static final int GE_F32 = 93;
    /** signed integer (any width, canonical) -> double. */
    public static final int I64_TO_F64 = 94;
    /** unsigned 64-bit integer -> double (zero-extend unsigned int with ZEXT32 first). */
    public static final int U64_TO_F64 = 95;
    /**
     * double -> signed 64-bit, truncating; out of range saturates, NaN gives 0 (C leaves it undefined).
     * Follow with SEXT32 etc. for narrower types.
     */
    public static final int F64_TO_I64 = 96;
    /** double -> unsigned 64-bit, truncating. */
    public static final int F64_TO_U64 = 97;
    /** signed integer -> float. */
    public static final int I64_TO_F32 = 98;
    /** unsigned 64-bit integer -> float. */
    public static final int U64_TO_F32 = 99;
    /** float -> signed 64-bit, truncating (as F64_TO_I64). */
    public static final int F32_TO_I64 = 100;
    /** float -> unsigned 64-bit, truncating. */
    public static final int F32_TO_U64 = 101;
    /** float -> double (exact). */
    public static final int F32_TO_F64 = 102;
    /** double -> float (round to nearest). */
    public static final int F64_TO_F32 = 103;
    /** Continues at code index l. */
    public static final int JUMP = 104;
    /** Pops a; continues at l when a == 0. */
    public static final int JUMP_IF_ZERO = 105;
    /** Pops a; continues at l when a != 0. */
    public static final int JUMP_IF_NOT_ZERO = 106;
    /**
     * Layout: TABLE_SWITCH low count default t0 .. t(count-1). Pops v; continues at t(v-low) when low <=
     * v < low+count, else at default.
     */
    public static final int TABLE_SWITCH = 107;
    /**
     * Layout: LOOKUP_SWITCH count default (keyHigh keyLow target)*count, keys 64-bit, strictly
     * ascending. Pops v; continues at the target of key v, else at default.
     */
    public static final int LOOKUP_SWITCH = 108;
    /**
     * Calls function f with n arguments (pushed first to last); pushes its return value. n > params only
     * for a variadic function: the extra arguments go to the callee's variadic area.
     */
    public static final int CALL = 109;
    /**
     * args... fnptr -> result: calls through a function pointer (a function or builtin address);
     * anything else faults.
     */
    public static final int CALL_INDIRECT = 110;
    /**
     * Pops the return value, pops the frame and pushes the value onto the caller's stack (void functions
     * return 0). Returning from a thread's first frame ends the thread (main: the process) with that
     * value.
     */
    public static final int RET = 111;
    /**
     * Calls builtin b of the program's builtin table with n arguments; pushes its result. Always ends
     * the step.
     */
    public static final int BUILTIN = 112;
    /** Pops status; the process exits with it (exit(), end of main). */
    public static final int EXIT = 113;
    /**
     * Pushes the current top of the thread's stack memory (an opaque mark), before a block that declares
     * VLAs.
     */
    public static final int STACK_SAVE = 114;
    /**
     * Pops a mark from STACK_SAVE of this frame and frees the stack memory ALLOCA reserved since (the
     * block's VLAs go out of scope).
     */
    public static final int STACK_RESTORE = 115;
    /** Number of opcodes. */
    public static final int COUNT = 116;
    /** First code-segment offset of builtin addresses; offsets below it are function indices. */
    public static final int BUILTIN_BASE = 1 << 30;
    private static final String[] NAMES = {
        "NOP",
        "CONST",
        "CONST_WIDE",
        "POP",
        "DUP",
        "SWAP",
        "OVER",
        "LOAD_SLOT",
        "STORE_SLOT",
        "FRAME_ADDR",
        "GLOBAL_ADDR",
        "STRING_ADDR",
        "FUNC_ADDR",
        "BUILTIN_ADDR",
        "VA_START",
        "ALLOCA",
        "LOAD_I8",
        "LOAD_U8",
        "LOAD_I16",
        "LOAD_U16",
        "LOAD_I32",
        "LOAD_U32",
        "LOAD_I64",
        "STORE_8",
        "STORE_16",
        "STORE_32",
        "STORE_64",
        "STRUCT_COPY",
        "ZERO",
        "ADD_I32",
        "SUB_I32",
        "MUL_I32",
        "DIV_I32",
        "DIV_U32",
        "REM_I32",
        "REM_U32",
        "NEG_I32",
        "SHL_I32",
        "SHR_I32",
        "SHR_U32",
        "ADD_I64",
        "SUB_I64",
        "MUL_I64",
        "DIV_I64",
        "DIV_U64",
        "REM_I64",
        "REM_U64",
        "NEG_I64",
        "SHL_I64",
        "SHR_I64",
        "SHR_U64",
        "AND",
        "OR",
        "XOR",
        "NOT",
        "LNOT",
        "EQ",
        "NE",
        "LT",
        "LE",
        "GT",
        "GE",
        "LT_U",
        "LE_U",
        "GT_U",
        "GE_U",
        "SEXT8",
        "SEXT16",
        "SEXT32",
        "ZEXT8",
        "ZEXT16",
        "ZEXT32",
        "ADD_F64",
        "SUB_F64",
        "MUL_F64",
        "DIV_F64",
        "NEG_F64",
        "EQ_F64",
        "NE_F64",
        "LT_F64",
        "LE_F64",
        "GT_F64",
        "GE_F64",
        "ADD_F32",
        "SUB_F32",
        "MUL_F32",
        "DIV_F32",
        "NEG_F32",
        "EQ_F32",
        "NE_F32",
        "LT_F32",
        "LE_F32",
        "GT_F32",
        "GE_F32",
        "I64_TO_F64",
        "U64_TO_F64",
        "F64_TO_I64",
        "F64_TO_U64",
        "I64_TO_F32",
        "U64_TO_F32",
        "F32_TO_I64",
        "F32_TO_U64",
        "F32_TO_F64",
        "F64_TO_F32",
        "JUMP",
        "JUMP_IF_ZERO",
        "JUMP_IF_NOT_ZERO",
        "TABLE_SWITCH",
        "LOOKUP_SWITCH",
        "CALL",
        "CALL_INDIRECT",
        "RET",
        "BUILTIN",
        "EXIT",
        "STACK_SAVE",
        "STACK_RESTORE",
    };
    private static final String[] OPERANDS = {
        "",
        "i",
        "k",
        "",
        "",
        "",
        "",
        "s",
        "s",
        "o",
        "g",
        "t",
        "f",
        "b",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "n",
        "n",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "l",
        "l",
        "l",
        "*",
        "*",
        "fn",
        "n",
        "",
        "bn",
        "",
        "",
        "",
    };
    /** Values popped; -1 when the operands decide (calls). */
    private static final int[] POPS = {
        0, 0, 0, 1, 1, 2, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
        1, 1, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 0, 1, 1, 1, 1, -1, -1, 1, -1, 1, 0, 1,
    };
    private static final int[] PUSHES = {
        0, 1, 1, 0, 2, 2, 3, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0,
    };

    /** "ADD_I32"; throws for an unknown opcode. */
    public static String name(int op) {
        return NAMES[op];
    }

    /** The opcode named {@code name}, or -1. */
    public static int byName(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Operand kinds, one letter per operand int ("*" for the switches). */
    public static String operands(int op) {
        return OPERANDS[op];
    }

    public static int pops(int op) {
        return POPS[op];
    }

    public static int pushes(int op) {
        return PUSHES[op];
    }

    /** Length in ints of the instruction at {@code pc} of {@code code}, opcode included. */
    public static int length(int[] code, int pc) {
        int op = code[pc];
        if (op == TABLE_SWITCH) {
            return 4 + code[pc + 2];
        }
        if (op == LOOKUP_SWITCH) {
            return 3 + 3 * code[pc + 1];
        }
        return 1 + OPERANDS[op].length();
    }

    /** True for instructions after which execution never falls through to the next one. */
    public static boolean endsBlock(int op) {
        return op == JUMP || op == TABLE_SWITCH || op == LOOKUP_SWITCH || op == RET || op == EXIT;
    }
}
