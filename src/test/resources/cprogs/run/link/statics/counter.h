#ifndef COUNTER_H
#define COUNTER_H
int counter_next(void);
const char *counter_label(void);
#endif
