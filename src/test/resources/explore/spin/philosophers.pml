/* Four dining philosophers, each taking the left fork and then the right one, eating once.
   Buggy: all four can hold their left fork and wait for the right one (deadlock, an invalid
   end state for pan). The C version is ../corpus/philosophers.c. */
#define N 4

bool fork[N];

inline take(f) { atomic { !fork[f] -> fork[f] = true } }
inline put(f) { fork[f] = false }

proctype philosopher(byte i) {
    take(i);
    take((i + 1) % N);
    /* eat */
    put((i + 1) % N);
    put(i)
}

init {
    atomic {
        run philosopher(0);
        run philosopher(1);
        run philosopher(2);
        run philosopher(3)
    }
}
