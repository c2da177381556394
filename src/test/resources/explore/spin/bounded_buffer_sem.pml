/* Bounded buffer, capacity 2: two producers and two consumers, 3 items each, with counting
   semaphores (slots, items) and a mutex. Correct: no assertion fails, no deadlock. The C
   version is ../corpus/bounded_buffer_sem.c. */
#define CAP 2
#define ITEMS 3

byte slots = CAP;
byte items = 0;
byte mutex = 1;
byte buf[CAP];
byte in = 0;
byte out = 0;
int count = 0;

inline P(s) { atomic { s > 0; s-- } }
inline V(s) { s++ }

proctype producer(byte id) {
    byte i = 0;
    do
    :: i < ITEMS ->
        P(slots);
        P(mutex);
        buf[in] = id * 10 + i;
        in = (in + 1) % CAP;
        count++;
        assert(count <= CAP);
        V(mutex);
        V(items);
        i++
    :: else -> break
    od
}

proctype consumer() {
    byte i = 0;
    byte item;
    do
    :: i < ITEMS ->
        P(items);
        P(mutex);
        item = buf[out];
        out = (out + 1) % CAP;
        count--;
        assert(count >= 0);
        assert(item != 0);
        V(mutex);
        V(slots);
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
