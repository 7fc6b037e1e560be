/* guard.h -- what the shim's two files share (not part of the module's
 * interface: Swift sees include/cglpk.h only). cglpk.c owns the thread-local
 * state and the hooks; cglpk_solve.c runs the solver entries under the same
 * setjmp guard. */
#ifndef CGLPK_GUARD_H
#define CGLPK_GUARD_H

#include <setjmp.h>

/* Room for the text of one fatal error (GLPK's own buffer is 4 KiB). */
#define CGLPK_FATAL_CAP 4096

/* Where the error hook longjmps to; NULL outside a guarded entry. */
extern _Thread_local jmp_buf *cglpk_tls_jump;

/* The text of the last fatal error on this thread (NUL-terminated). */
extern _Thread_local char cglpk_tls_fatal[CGLPK_FATAL_CAP];

/* Common start of every guarded entry: clears the fatal text and installs
 * the hooks anew (they live in GLPK's environment, which glp_free_env destroys). */
void cglpk_enter(void);

/* Guarded-entry boilerplate for entries without cleanup. `prev` is volatile
 * because it is read after longjmp. */
#define GUARD_BEGIN                               \
  jmp_buf jb;                                     \
  jmp_buf *volatile prev = cglpk_tls_jump;        \
  cglpk_enter();                                  \
  if (setjmp(jb) != 0) {                          \
    cglpk_tls_jump = prev;                        \
    return CGLPK_FATAL;                           \
  }                                               \
  cglpk_tls_jump = &jb;

#define GUARD_END cglpk_tls_jump = prev;

#endif /* CGLPK_GUARD_H */
