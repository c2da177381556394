package org.threadlab.kernel;

/** The error numbers kernel calls return, with Linux's values (programs see {@code __linux__}). */
public final class Errno {
    public static final int EOK = 0;
    public static final int EPERM = 1;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int EBUSY = 16;
    public static final int EINVAL = 22;
    public static final int EDEADLK = 35;
    public static final int EOVERFLOW = 75;
    public static final int ETIMEDOUT = 110;

    private Errno() {
    }

    /** The symbolic name of {@code code}, e.g. "EBUSY"; "E" + the number when unknown. */
    public static String name(int code) {
        return switch (code) {
            case EOK -> "EOK";
            case EPERM -> "EPERM";
            case ESRCH -> "ESRCH";
            case EINTR -> "EINTR";
            case EAGAIN -> "EAGAIN";
            case EBUSY -> "EBUSY";
            case EINVAL -> "EINVAL";
            case EDEADLK -> "EDEADLK";
            case EOVERFLOW -> "EOVERFLOW";
            case ETIMEDOUT -> "ETIMEDOUT";
            default -> "E" + code;
        };
    }
}
