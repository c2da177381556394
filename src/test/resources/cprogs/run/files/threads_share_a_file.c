/* Four threads fprintf to one FILE: each call is atomic (glibc locks the FILE), so every line
   comes back whole. The lines' order depends on the schedule, so the program prints only
   counts, which gcc's build prints too. */
// gcc: same-output
#include <stdio.h>
#include <string.h>
#include <pthread.h>

FILE *log_file;

void *writer(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 50; i++)
        fprintf(log_file, "thread %ld line %02d: %s\n", id, i, "the quick brown fox");
    return NULL;
}

int main(void)
{
    log_file = fopen("log.txt", "w");
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, writer, (void *)i);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    fclose(log_file);

    FILE *in = fopen("log.txt", "r");
    char line[128];
    int lines = 0, whole = 0, per_thread[4] = {0};
    while (fgets(line, sizeof line, in) != NULL) {
        long id;
        int n;
        char rest[64];
        lines++;
        if (sscanf(line, "thread %ld line %d: %63[^\n]", &id, &n, rest) == 3 && id >= 0 && id < 4
                && strcmp(rest, "the quick brown fox") == 0) {
            whole++;
            per_thread[id]++;
        }
    }
    fclose(in);
    printf("%d lines, %d whole\n", lines, whole);
    printf("per thread: %d %d %d %d\n", per_thread[0], per_thread[1], per_thread[2], per_thread[3]);
    return 0;
}
// expect: 200 lines, 200 whole
// expect: per thread: 50 50 50 50
