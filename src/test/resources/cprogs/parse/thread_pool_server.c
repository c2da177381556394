/* tp1.c: a QNX thread pool (seed 003, "Thread pools"), with the attribute structure inline
   (no preprocessor in these parser tests: the macros of <sys/dispatch.h> are typedefs here). */
typedef unsigned long size_t;
typedef struct pthread_attr pthread_attr_t;
typedef struct _resmgr_context resmgr_context_t;
typedef struct dispatch dispatch_t;
typedef struct _dispatch_context { int rcvid; dispatch_t *dpp; char msg[64]; } dispatch_context_t;
typedef dispatch_t THREAD_POOL_HANDLE_T;
typedef dispatch_context_t THREAD_POOL_PARAM_T;
typedef struct _thread_pool_attr {
    THREAD_POOL_HANDLE_T    *handle;
    THREAD_POOL_PARAM_T     *(*block_func)(THREAD_POOL_PARAM_T *ctp);
    void                    (*unblock_func)(THREAD_POOL_PARAM_T *ctp);
    int                     (*handler_func)(THREAD_POOL_PARAM_T *ctp);
    THREAD_POOL_PARAM_T     *(*context_alloc)(THREAD_POOL_HANDLE_T *handle);
    void                    (*context_free)(THREAD_POOL_PARAM_T *ctp);
    pthread_attr_t          *attr;
    unsigned short          lo_water;
    unsigned short          increment;
    unsigned short          hi_water;
    unsigned short          maximum;
} thread_pool_attr_t;
typedef struct _thread_pool thread_pool_t;
enum { POOL_FLAG_EXIT_SELF = 1, POOL_FLAG_USE_SELF = 2 };
thread_pool_t *thread_pool_create(thread_pool_attr_t *attr, unsigned flags);
int thread_pool_start(void *pool);
void *memset(void *s, int c, size_t n);
void *malloc(size_t n);
void free(void *p);
int fprintf(void *stream, const char *fmt, ...);
int printf(const char *fmt, ...);
char *strerror(int e);
void exit(int status);
extern int errno;
extern void *stderr;
dispatch_t *dispatch_create(void);
unsigned int sleep(unsigned int);
enum { EXIT_FAILURE = 1 };

char *progname = "tp1";

dispatch_context_t *blockfunc(dispatch_context_t *ctp)
{
    printf("%s: blocking\n", __func__);
    sleep(1);
    return ctp;
}

void unblockfunc(dispatch_context_t *ctp) { (void)ctp; }

int handlerfunc(dispatch_context_t *ctp)
{
    static int served;
    ctp->msg[0] = 'x';
    printf("handler %d rcvid %d\n", ++served, ctp->rcvid);
    sleep(3);
    return 0;
}

dispatch_context_t *contextalloc(dispatch_t *handle)
{
    dispatch_context_t *ctp = malloc(sizeof *ctp);
    memset(ctp, 0, sizeof(dispatch_context_t));
    ctp->dpp = handle;
    return ctp;
}

void contextfree(dispatch_context_t *ctp) { free(ctp); }

int main()
{
    thread_pool_attr_t tp_attr;
    void *tpp;
    dispatch_t *dpp = dispatch_create();

    memset(&tp_attr, 0, sizeof(tp_attr));
    tp_attr.handle = dpp;
    tp_attr.context_alloc = contextalloc;
    tp_attr.block_func = blockfunc;
    tp_attr.unblock_func = unblockfunc;
    tp_attr.handler_func = handlerfunc;
    tp_attr.context_free = &contextfree;
    tp_attr.lo_water = 3;
    tp_attr.increment = 2;
    tp_attr.hi_water = 7;
    tp_attr.maximum = 10;

    tpp = thread_pool_create(&tp_attr, POOL_FLAG_USE_SELF);
    if (tpp == (void *)0) {
        fprintf(stderr, "%s:  can't thread_pool_create, errno %s\n", progname, strerror(errno));
        exit(EXIT_FAILURE);
    }
    thread_pool_start(tpp);
    return 0;
}
