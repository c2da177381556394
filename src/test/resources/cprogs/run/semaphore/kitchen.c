/* Seed 003's kitchen: a semaphore with two keys lets at most two cooks in at once. */
#include <stdio.h>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

sem_t keys;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
int inside, most_inside, meals;

void *cook(void *arg) {
    for (int i = 0; i < 3; i++) {
        sem_wait(&keys);
        pthread_mutex_lock(&lock);
        inside++;
        if (inside > most_inside)
            most_inside = inside;
        pthread_mutex_unlock(&lock);
        usleep(2000);   /* cooking */
        pthread_mutex_lock(&lock);
        inside--;
        meals++;
        pthread_mutex_unlock(&lock);
        sem_post(&keys);
    }
    return NULL;
}

int main(void) {
    pthread_t cooks[5];
    int value;
    sem_init(&keys, 0, 2);
    for (int i = 0; i < 5; i++)
        pthread_create(&cooks[i], NULL, cook, NULL);
    for (int i = 0; i < 5; i++)
        pthread_join(cooks[i], NULL);
    sem_getvalue(&keys, &value);
    printf("meals %d, at most %d cooks inside, %d keys on the hook\n", meals, most_inside, value);
    return 0;
}
// expect: meals 15, at most 2 cooks inside, 2 keys on the hook
