/* Each macro doubles the one before: 2^40 tokens. The preprocessor's budget stops it. */
#define A0 x
#define A1 A0 A0
#define A2 A1 A1
#define A3 A2 A2
#define A4 A3 A3
#define A5 A4 A4
#define A6 A5 A5
#define A7 A6 A6
#define A8 A7 A7
#define A9 A8 A8
#define A10 A9 A9
#define A20 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10
#define A40 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20 A20
int main(void) {
    int x = 0;
    return A40;
}
// expect-exit: 1
// expect-stderr: macro expansion is too large
