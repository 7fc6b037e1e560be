/* cglpk.h -- thin C shim between GLPK 5.0 and Swift.
 *
 * Why a shim at all: GLPK reports fatal errors by calling abort() unless a
 * hook longjmp()s away, and GLPK writes its progress to stdout unless a
 * terminal hook swallows it. longjmp must never cross Swift frames, so every
 * GLPK call that can fail runs inside one of the guarded `cglpk_*` entries
 * below: each (re)installs the hooks (GLPK's environment is per thread and
 * is destroyed by glp_free_env), calls setjmp, and on a fatal error returns
 * CGLPK_FATAL with the message kept in a thread-local buffer.
 *
 * Only the GLPK module (Sources/GLPK) uses this module; within it, only
 * Sources/GLPK/Internals/Calls.swift calls these entries.
 */
#ifndef CGLPK_H
#define CGLPK_H

#include <glpk.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returned by a guarded entry when GLPK raised a fatal error (glp_error,
 * failed assertion, memory limit). Distinct from every GLP_E* code (all are
 * positive). When this is returned the thread's GLPK environment has been
 * freed with glp_free_env, so every glp_prob created on this thread before
 * is gone: see cglpk_env_epoch. */
#define CGLPK_FATAL (-1)

/* Returned by cglpk_intopt when the shim cannot allocate its own scratch
 * arrays: GLPK was not called and the environment is intact. */
#define CGLPK_NOMEM (-2)

/* ---- environment ------------------------------------------------------ */

/* A number that identifies this thread's current GLPK environment: unique
 * per thread and changed whenever the environment is freed (fatal error or
 * cglpk_release_env). A glp_prob is valid only while the epoch recorded at
 * its creation equals the current one, which also rejects use of a problem
 * from another thread (GLPK's allocator is per thread). Never 0. */
uint64_t cglpk_env_epoch(void);

/* Frees this thread's GLPK environment (glp_free_env) and advances the
 * epoch. For worker threads that are done with GLPK: GLPK has no thread
 * exit destructor, so its environment would otherwise leak. */
void cglpk_release_env(void);

/* ---- terminal output -------------------------------------------------- */

/* GLPK's terminal output captured on this thread since the last take, as
 * bytes (not NUL-terminated; may be NULL when empty). Valid until the next
 * cglpk call on this thread. */
const char *cglpk_log_bytes(size_t *length);

/* Empties (and frees) this thread's captured output. */
void cglpk_log_clear(void);

/* Text GLPK printed while in its error state during the last guarded entry
 * that returned CGLPK_FATAL (NUL-terminated, never NULL, may be ""). */
const char *cglpk_fatal_message(void);

/* ---- guarded problem building ------------------------------------------ */

/* Creates a problem named `name` (may be NULL) into *out.
 * Returns 0 or CGLPK_FATAL. */
int cglpk_create_prob(glp_prob **out, const char *name);

/* glp_delete_prob. Returns 0 or CGLPK_FATAL. */
int cglpk_delete_prob(glp_prob *P);

/* glp_set_obj_dir (GLP_MIN / GLP_MAX). Returns 0 or CGLPK_FATAL. */
int cglpk_set_obj_dir(glp_prob *P, int dir);

/* Appends `count` columns. kinds: GLP_CV / GLP_IV; types: GLP_FR, GLP_LO,
 * GLP_UP, GLP_DB, GLP_FX; lb/ub/obj per column (0-based arrays). names is
 * NULL or `count` consecutive NUL-terminated strings (already valid GLPK
 * names: 1...255 bytes, no control characters; "" = no name).
 * Returns 0 or CGLPK_FATAL. */
int cglpk_add_cols(glp_prob *P, int count, const int *kinds, const int *types,
                   const double *lb, const double *ub, const double *obj,
                   const char *names);

/* Appends `count` rows; same conventions as cglpk_add_cols.
 * Returns 0 or CGLPK_FATAL. */
int cglpk_add_rows(glp_prob *P, int count, const int *types,
                   const double *lb, const double *ub, const char *names);

/* Replaces the whole constraint matrix with one glp_load_matrix call.
 * ia/ja/ar are GLPK's 1-based arrays (element [0] unused, ne + 1 long).
 * glp_check_dup runs first because glp_load_matrix treats a duplicate or an
 * out-of-range index as a fatal error: its result goes to *check (0 = fine,
 * -k = index out of range at element k, +k = duplicate at element k) and
 * nothing is loaded unless it is 0. Returns 0 or CGLPK_FATAL. */
int cglpk_load_matrix(glp_prob *P, int ne, const int *ia, const int *ja,
                      const double *ar, int *check);

/* glp_write_mps in free MPS (GLP_MPS_FILE); its return value goes to
 * *glpk_ret (0 = written). Returns 0 or CGLPK_FATAL. */
int cglpk_write_mps(glp_prob *P, const char *path, int *glpk_ret);

/* Sets the entries of `count` consecutive columns, the first being the
 * 1-based column `first`: column first+k gets the entries
 * rows[starts[k] .. starts[k+1]) / vals[...], rows 1-based. For columns
 * added after glp_load_matrix (column generation). Returns 0 or CGLPK_FATAL. */
int cglpk_set_mat_cols(glp_prob *P, int first, int count, const int *starts,
                       const int *rows, const double *vals);

/* Copies the current basic solution: col_prim[j] for columns 1..ncols into
 * 0-based col_prim, row_dual[i] for rows 1..nrows into 0-based row_dual.
 * Plain getters: they cannot fail on a usable problem. */
void cglpk_basic_solution(glp_prob *P, double *col_prim, int ncols,
                          double *row_dual, int nrows);

/* ---- guarded solving --------------------------------------------------- */

/* Outcome of cglpk_simplex. */
typedef struct cglpk_lp_outcome {
  int ret;          /* glp_simplex's return code (0 or GLP_E*) */
  int status;       /* glp_get_status (GLP_OPT, GLP_NOFEAS, GLP_UNBND, ...) */
  double objective; /* glp_get_obj_val */
} cglpk_lp_outcome;

/* Scales the problem (GLP_SF_AUTO; its report is kept only at
 * GLP_MSG_ALL) when `scale` is non-zero, then runs
 * glp_simplex with `parm`. mem_limit_mb > 0 lets GLPK allocate at most that
 * many megabytes beyond what this thread's GLPK environment already holds
 * (via glp_mem_limit) during the call; exceeding it is a fatal error.
 * Returns 0 (see *out) or CGLPK_FATAL. */
int cglpk_simplex(glp_prob *P, const glp_smcp *parm, int scale,
                  int mem_limit_mb, cglpk_lp_outcome *out);

/* What the branch-and-cut callback tells Swift about the current call. */
typedef struct cglpk_node_info {
  int reason;               /* glp_ios_reason: GLP_IHEUR, GLP_ISELECT, ... */
  int columns;              /* columns of the original problem */
  const double *lp_values;  /* GLP_IHEUR without presolve: current node's LP
                               column values, 0-based, `columns` long;
                               otherwise NULL */
  int has_bound;            /* bound is valid */
  double bound;             /* local bound of the best active node: a global
                               bound on the MIP optimum */
  int has_incumbent;        /* incumbent is valid */
  double incumbent;         /* objective of the best integer solution */
} cglpk_node_info;

/* What Swift asks the callback to do. Zero-initialised before each call. */
typedef struct cglpk_node_action {
  int terminate;            /* non-zero: glp_ios_terminate */
  const double *solution;   /* non-NULL: offer these column values (0-based,
                               `columns` long) via glp_ios_heur_sol; the
                               caller has checked feasibility */
} cglpk_node_action;

/* Swift's side of the callback. Must not call GLPK and must not unwind. */
typedef void (*cglpk_node_callback)(void *context, const cglpk_node_info *info,
                                    cglpk_node_action *action);

/* Extra inputs to cglpk_intopt that glp_iocp has no room for. */
typedef struct cglpk_mip_request {
  cglpk_node_callback callback; /* may be NULL */
  void *context;                /* passed to callback */
  int inject_fault;             /* tests: glp_error on the first callback */
  int mem_limit_mb;             /* > 0: extra MB GLPK may allocate during
                                   the call (as in cglpk_simplex) */
} cglpk_mip_request;

/* Outcome of cglpk_intopt. */
typedef struct cglpk_mip_outcome {
  int ret;                  /* glp_intopt's return code (0 or GLP_E*) */
  int status;               /* glp_mip_status */
  double objective;         /* glp_mip_obj_val */
  int offers_accepted;      /* solutions glp_ios_heur_sol accepted */
} cglpk_mip_outcome;

/* Runs glp_intopt with `parm`; the shim owns parm->cb_func/cb_info (its own
 * C callback, which handles fault injection and forwards to
 * request->callback). With parm->cov_cuts on, the call holds a process-wide
 * lock: GLPK's cover-cut generator is not thread-safe (see cglpk.c; the entry is in cglpk_solve.c). Returns 0 (see *out), CGLPK_FATAL or CGLPK_NOMEM. */
int cglpk_intopt(glp_prob *P, glp_iocp *parm, const cglpk_mip_request *request,
                 cglpk_mip_outcome *out);

/* ---- plain reads (cannot fail for valid arguments) ---------------------- */

/* Copies the MIP column values (glp_mip_col_val) into out[0..n-1]. */
void cglpk_mip_values(glp_prob *P, double *out, int n);

#ifdef __cplusplus
}
#endif

#endif /* CGLPK_H */
