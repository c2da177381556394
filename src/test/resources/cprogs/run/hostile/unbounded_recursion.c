/* Recurses for ever: the call depth budget stops it before the host's stack suffers. */
int down(int n) {
    return down(n + 1) + 1;
}

int main(void) {
    return down(0);
}
// expect-exit: 124
// expect-stderr: call depth budget exceeded
