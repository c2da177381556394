/* Never ends: the instruction budget stops it. */
// args: --time-limit 120
int main(void) {
    volatile long spins = 0;
    for (;;)
        spins++;
}
// expect-exit: 124
// expect-stderr: instruction budget of
