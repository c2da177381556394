#ifndef BUFFER_H
#define BUFFER_H
#define CAPACITY 3

void buffer_init(void);
void buffer_put(int item);
int buffer_get(void);
int buffer_high_water(void);
#endif
