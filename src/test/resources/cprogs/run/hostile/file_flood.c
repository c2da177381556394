/* A loop that writes to a file forever: the run's files hold at most the memory budget
   (64 MiB by default), then fwrite comes up short with ENOSPC and the error flag, as on a full
   disk, and the program carries on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

int main(void)
{
    size_t chunk = 1 << 20;
    char *block = malloc(chunk);
    memset(block, 'z', chunk);
    FILE *f = fopen("flood.bin", "w");
    long long total = 0;
    for (;;) {
        size_t n = fwrite(block, 1, chunk, f);
        total += n;
        if (n < chunk)
            break;
    }
    printf("wrote %lld bytes; ENOSPC %d, ferror %d\n", total, errno == ENOSPC, ferror(f) != 0);
    fclose(f);
    remove("flood.bin");
    FILE *g = fopen("after.txt", "w");
    printf("after remove, a write works again: %zu\n", fwrite("ok", 1, 2, g));
    free(block);
    return 0;
}
// expect: wrote 67108864 bytes; ENOSPC 1, ferror 1
// expect: after remove, a write works again: 2
