/* Named semaphores: sem_open with O_CREAT and O_EXCL, opening an existing name, sem_unlink and
   sem_close, and a named semaphore as a two-slot gate for four threads. Output from gcc. */
// gcc: same-output
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>

sem_t *gate;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
int inside, most_inside;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        sem_wait(gate);
        pthread_mutex_lock(&lock);
        if (++inside > most_inside)
            most_inside = inside;
        pthread_mutex_unlock(&lock);
        sched_yield();
        pthread_mutex_lock(&lock);
        inside--;
        pthread_mutex_unlock(&lock);
        sem_post(gate);
    }
    return NULL;
}

int main(void)
{
    sem_unlink("/threadlab-gate");   /* in case an earlier run left it (Linux keeps it) */
    errno = 0;
    sem_t *missing = sem_open("/threadlab-gate", 0);
    printf("open without O_CREAT: %s, ENOENT %d\n", missing == SEM_FAILED ? "SEM_FAILED" : "ok", errno == ENOENT);
    gate = sem_open("/threadlab-gate", O_CREAT | O_EXCL, 0600, 2);
    printf("create: %s\n", gate == SEM_FAILED ? "SEM_FAILED" : "ok");
    sem_t *twice = sem_open("/threadlab-gate", O_CREAT | O_EXCL, 0600, 2);
    printf("create again with O_EXCL: %s, EEXIST %d\n", twice == SEM_FAILED ? "SEM_FAILED" : "ok", errno == EEXIST);
    sem_t *same = sem_open("/threadlab-gate", O_CREAT, 0600, 99);
    int value = -1;
    sem_getvalue(same, &value);
    printf("open existing: value %d (the 99 is ignored)\n", value);
    sem_close(same);

    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    sem_getvalue(gate, &value);
    printf("at most %d inside; value back to %d\n", most_inside <= 2 ? 2 : most_inside, value);

    printf("unlink: %d\n", sem_unlink("/threadlab-gate"));
    int again = sem_unlink("/threadlab-gate");
    printf("unlink again: %d, ENOENT %d\n", again, errno == ENOENT);
    printf("still usable after unlink: %d\n", sem_trywait(gate));
    printf("close: %d\n", sem_close(gate));
    return 0;
}
// expect: open without O_CREAT: SEM_FAILED, ENOENT 1
// expect: create: ok
// expect: create again with O_EXCL: SEM_FAILED, EEXIST 1
// expect: open existing: value 2 (the 99 is ignored)
// expect: at most 2 inside; value back to 2
// expect: unlink: 0
// expect: unlink again: -1, ENOENT 1
// expect: still usable after unlink: 0
// expect: close: 0
