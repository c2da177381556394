/* The same bounded buffer with one condition variable and `if` instead of `while` around the
   wait: a woken thread does not re-check its condition, so a consumer can take from an empty
   buffer (or a producer put into a full one). Buggy: an assertion fails. The C version is
   ../corpus/cond_if_instead_of_while.c. A condition variable is modelled by a count of waiters and of
   pending wake-ups; any waiter may take a wake-up, as POSIX allows. */
#define CAP 2
#define ITEMS 3

bool locked = false;
byte waiting = 0;
byte wakeups = 0;
byte buf[CAP];
byte in = 0;
byte out = 0;
int count = 0;

inline lock() { atomic { !locked -> locked = true } }
inline unlock() { locked = false }
inline wait() {
    atomic { waiting++; locked = false };
    atomic { wakeups > 0 -> wakeups--; waiting-- };
    lock()
}
inline signal() { atomic { if :: waiting > wakeups -> wakeups++ :: else -> skip fi } }

proctype producer(byte id) {
    byte i = 0;
    do
    :: i < ITEMS ->
        lock();
        if
        :: count == CAP -> wait()
        :: else -> skip
        fi;
        assert(count < CAP);
        buf[in] = id * 10 + i;
        in = (in + 1) % CAP;
        count++;
        signal();
        unlock();
        i++
    :: else -> break
    od
}

proctype consumer() {
    byte i = 0;
    byte item;
    do
    :: i < ITEMS ->
        lock();
        if
        :: count == 0 -> wait()
        :: else -> skip
        fi;
        assert(count > 0);
        item = buf[out];
        out = (out + 1) % CAP;
        count--;
        signal();
        unlock();
        i++
    :: else -> break
    od
}

init {
    atomic {
        run producer(1);
        run producer(2);
        run consumer();
        run consumer()
    }
}
