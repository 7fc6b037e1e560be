/* cglpk.c -- see include/cglpk.h for the contract of every entry.
 *
 * Fatal errors: GLPK calls the error hook from glp_error (after printing the
 * message through the terminal hook). Inside a guarded entry the hook frees
 * the thread's GLPK environment (glp_free_env, as the GLPK manual requires
 * after leaving glp_error by longjmp), advances the epoch and longjmps back
 * to the entry, which returns CGLPK_FATAL. Between the entry's setjmp and
 * the hook there are only C frames: GLPK's own, this file's, and the Swift
 * node callback never calls GLPK, so GLPK can never fail while a Swift frame
 * is on the stack.
 *
 * All state is thread-local because GLPK's environment is thread-local
 * (GLPK 5.0 is built with TLS), so solves on different threads are
 * independent -- with one exception: GLPK's MT1 knapsack routine (misc/mt1.c,
 * called by the cover-cut generator glp_cov_gen1) keeps its working
 * variables in plain static storage. Helgrind reports data races there when
 * two threads solve with cov_cuts on (and none for any other option), so
 * glp_intopt calls with cover cuts are serialised by a process-wide lock.
 */
#include "cglpk.h"
#include "guard.h"

#include <limits.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Captured terminal output is capped so a chatty, long solve cannot grow
 * without bound; beyond the cap one marker line is kept. */
#define CGLPK_LOG_CAP ((size_t)16 << 20)


_Thread_local jmp_buf *cglpk_tls_jump;
static _Thread_local char *tls_log;
static _Thread_local size_t tls_log_len;
static _Thread_local size_t tls_log_cap;
static _Thread_local int tls_log_truncated;
_Thread_local char cglpk_tls_fatal[CGLPK_FATAL_CAP];
static _Thread_local size_t tls_fatal_len;
static _Thread_local uint64_t tls_epoch;

static _Atomic uint64_t next_epoch = 1;


/* ---- environment ------------------------------------------------------ */

static void advance_epoch(void) {
  tls_epoch = atomic_fetch_add(&next_epoch, 1);
}

uint64_t cglpk_env_epoch(void) {
  if (tls_epoch == 0) advance_epoch();
  return tls_epoch;
}

void cglpk_release_env(void) {
  glp_free_env();
  advance_epoch();
}

/* ---- terminal output -------------------------------------------------- */

static void log_append(const char *s, size_t n) {
  static const char marker[] = "\n[cglpk: log truncated]\n";
  if (tls_log_truncated) return;
  if (tls_log_len + n > CGLPK_LOG_CAP) {
    n = sizeof marker - 1;
    s = marker;
    tls_log_truncated = 1;
  }
  if (tls_log_len + n > tls_log_cap) {
    size_t cap = tls_log_cap ? tls_log_cap : 4096;
    while (cap < tls_log_len + n) cap *= 2;
    char *grown = realloc(tls_log, cap);
    if (grown == NULL) {
      tls_log_truncated = 1;
      return;
    }
    tls_log = grown;
    tls_log_cap = cap;
  }
  memcpy(tls_log + tls_log_len, s, n);
  tls_log_len += n;
}

const char *cglpk_log_bytes(size_t *length) {
  *length = tls_log_len;
  return tls_log;
}

void cglpk_log_clear(void) {
  free(tls_log);
  tls_log = NULL;
  tls_log_len = 0;
  tls_log_cap = 0;
  tls_log_truncated = 0;
}

const char *cglpk_fatal_message(void) {
  return cglpk_tls_fatal;
}

/* Terminal hook: keep everything, print nothing (non-zero return). Text
 * printed while GLPK is in its error state is also the fatal message. */
static int term_hook(void *info, const char *s) {
  (void)info;
  size_t n = strlen(s);
  log_append(s, n);
  if (glp_at_error()) {
    size_t room = CGLPK_FATAL_CAP - 1 - tls_fatal_len;
    if (n > room) n = room;
    memcpy(cglpk_tls_fatal + tls_fatal_len, s, n);
    tls_fatal_len += n;
    cglpk_tls_fatal[tls_fatal_len] = '\0';
  }
  return 1;
}

/* Error hook: outside a guarded entry it returns, and GLPK aborts as usual
 * (a jump to a stale buffer would be worse). */
static void error_hook(void *info) {
  (void)info;
  jmp_buf *target = cglpk_tls_jump;
  if (target == NULL) return;
  cglpk_tls_jump = NULL;
  glp_free_env();
  advance_epoch();
  longjmp(*target, 1);
}

/* See guard.h. */
void cglpk_enter(void) {
  tls_fatal_len = 0;
  cglpk_tls_fatal[0] = '\0';
  glp_term_hook(term_hook, NULL);
  glp_error_hook(error_hook, NULL);
}

/* ---- guarded problem building ------------------------------------------ */

int cglpk_create_prob(glp_prob **out, const char *name) {
  *out = NULL;
  GUARD_BEGIN
  glp_prob *P = glp_create_prob();
  if (name != NULL && name[0] != '\0') glp_set_prob_name(P, name);
  *out = P;
  GUARD_END
  return 0;
}

int cglpk_delete_prob(glp_prob *P) {
  GUARD_BEGIN
  glp_delete_prob(P);
  GUARD_END
  return 0;
}

int cglpk_set_obj_dir(glp_prob *P, int dir) {
  GUARD_BEGIN
  glp_set_obj_dir(P, dir);
  GUARD_END
  return 0;
}

int cglpk_add_cols(glp_prob *P, int count, const int *kinds, const int *types,
                   const double *lb, const double *ub, const double *obj,
                   const char *names) {
  GUARD_BEGIN
  if (count > 0) {
    int first = glp_add_cols(P, count);
    const char *name = names;
    for (int k = 0; k < count; k++) {
      int j = first + k;
      glp_set_col_kind(P, j, kinds[k]);
      glp_set_col_bnds(P, j, types[k], lb[k], ub[k]);
      glp_set_obj_coef(P, j, obj[k]);
      if (name != NULL) {
        if (name[0] != '\0') glp_set_col_name(P, j, name);
        name += strlen(name) + 1;
      }
    }
  }
  GUARD_END
  return 0;
}

int cglpk_add_rows(glp_prob *P, int count, const int *types,
                   const double *lb, const double *ub, const char *names) {
  GUARD_BEGIN
  if (count > 0) {
    int first = glp_add_rows(P, count);
    const char *name = names;
    for (int k = 0; k < count; k++) {
      int i = first + k;
      glp_set_row_bnds(P, i, types[k], lb[k], ub[k]);
      if (name != NULL) {
        if (name[0] != '\0') glp_set_row_name(P, i, name);
        name += strlen(name) + 1;
      }
    }
  }
  GUARD_END
  return 0;
}

int cglpk_load_matrix(glp_prob *P, int ne, const int *ia, const int *ja,
                      const double *ar, int *check) {
  GUARD_BEGIN
  *check = glp_check_dup(glp_get_num_rows(P), glp_get_num_cols(P), ne, ia, ja);
  if (*check == 0) glp_load_matrix(P, ne, ia, ja, ar);
  GUARD_END
  return 0;
}

int cglpk_write_mps(glp_prob *P, const char *path, int *glpk_ret) {
  GUARD_BEGIN
  *glpk_ret = glp_write_mps(P, GLP_MPS_FILE, NULL, path);
  GUARD_END
  return 0;
}

int cglpk_set_mat_cols(glp_prob *P, int first, int count, const int *starts,
                       const int *rows, const double *vals) {
  int longest = 0;
  for (int k = 0; k < count; k++)
    if (starts[k + 1] - starts[k] > longest) longest = starts[k + 1] - starts[k];
  /* glp_set_mat_col reads ind[1..len], val[1..len]: copy into 1-based
   * scratch. (After a fatal error the scratch leaks: the process goes on
   * with a fresh GLPK environment, a few bytes poorer.) */
  int *ind = malloc(sizeof(int) * (size_t)(longest + 1));
  double *val = malloc(sizeof(double) * (size_t)(longest + 1));
  if (ind == NULL || val == NULL) {
    free(ind);
    free(val);
    return CGLPK_NOMEM;
  }
  GUARD_BEGIN
  for (int k = 0; k < count; k++) {
    int len = starts[k + 1] - starts[k];
    for (int e = 0; e < len; e++) {
      ind[e + 1] = rows[starts[k] + e];
      val[e + 1] = vals[starts[k] + e];
    }
    glp_set_mat_col(P, first + k, len, ind, val);
  }
  GUARD_END
  free(ind);
  free(val);
  return 0;
}

void cglpk_basic_solution(glp_prob *P, double *col_prim, int ncols,
                          double *row_dual, int nrows) {
  for (int j = 1; j <= ncols; j++) col_prim[j - 1] = glp_get_col_prim(P, j);
  for (int i = 1; i <= nrows; i++) row_dual[i - 1] = glp_get_row_dual(P, i);
}
