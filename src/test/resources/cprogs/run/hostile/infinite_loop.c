/* Never ends: the instruction budget stops it. */
int main(void) {
    volatile long spins = 0;
    for (;;)
        spins++;
}
// expect-exit: 124
// expect-stderr: instruction budget of
