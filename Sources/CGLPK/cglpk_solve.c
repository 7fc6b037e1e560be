/* cglpk_solve.c -- the solver entries of include/cglpk.h: glp_simplex and
 * glp_intopt with its branch-and-cut callback, under the setjmp guard of
 * guard.h (see cglpk.c for how fatal errors and output are caught). */
#include "cglpk.h"
#include "guard.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Held around glp_intopt when cover cuts are on (see the top comment). */
static pthread_mutex_t cover_cut_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- guarded solving --------------------------------------------------- */

/* Lets GLPK allocate at most `mb` more megabytes on this thread. GLPK's
 * limit is on the thread's total, and its check
 * `size > mem_limit - mem_total` is unsigned: when the thread already holds
 * more than the limit it wraps around and never fires. So the limit is
 * set relative to what is held now. Called inside a guarded entry. */
static void limit_memory(int mb) {
  size_t total = 0;
  glp_mem_usage(NULL, NULL, &total, NULL);
  long long held_mb = (long long)((total + ((size_t)1 << 20) - 1) >> 20);
  long long limit = held_mb + mb;
  glp_mem_limit(limit > INT_MAX ? INT_MAX : (int)limit);
}

int cglpk_simplex(glp_prob *P, const glp_smcp *parm, int scale,
                  int mem_limit_mb, cglpk_lp_outcome *out) {
  GUARD_BEGIN
  if (mem_limit_mb > 0) limit_memory(mem_limit_mb);
  if (scale) {
    /* glp_scale_prob always reports; that is informational output, so it
     * is only kept at GLP_MSG_ALL */
    int was_on = glp_term_out(parm->msg_lev >= GLP_MSG_ALL ? GLP_ON : GLP_OFF);
    glp_scale_prob(P, GLP_SF_AUTO);
    glp_term_out(was_on);
  }
  out->ret = glp_simplex(P, parm);
  out->status = glp_get_status(P);
  out->objective = glp_get_obj_val(P);
  if (mem_limit_mb > 0) glp_mem_limit(INT_MAX);
  GUARD_END
  return 0;
}

/* State of one glp_intopt call, reachable from the C callback. */
typedef struct cb_state {
  const cglpk_mip_request *request;
  glp_prob *original;  /* tree problem == original iff no MIP presolve */
  int columns;
  int calls;
  double *offer;       /* 1-based scratch for glp_ios_heur_sol */
  double *lp_values;   /* 0-based scratch for the Swift callback */
  int accepted;
} cb_state;

/* The branch-and-cut callback GLPK sees (glp_iocp.cb_func). */
static void cglpk_cb(glp_tree *T, void *info) {
  cb_state *st = info;
  st->calls++;
  if (st->request->inject_fault && st->calls == 1)
    glp_error("cglpk: injected fault in the branch-and-cut callback\n");
  if (st->request->callback == NULL) return;

  cglpk_node_info node;
  memset(&node, 0, sizeof node);
  node.reason = glp_ios_reason(T);
  node.columns = st->columns;
  int best = glp_ios_best_node(T);
  if (best != 0) {
    double b = glp_ios_node_bound(T, best);
    /* the root starts at -/+DBL_MAX until its LP is solved */
    if (isfinite(b) && fabs(b) < 0.5 * DBL_MAX) {
      node.has_bound = 1;
      node.bound = b;
    }
  }
  glp_prob *mip = glp_ios_get_prob(T);
  int mip_status = glp_mip_status(mip);
  if (mip_status == GLP_FEAS || mip_status == GLP_OPT) {
    node.has_incumbent = 1;
    node.incumbent = glp_mip_obj_val(mip);
  }
  /* With the MIP presolver the tree works on another problem whose columns
   * do not correspond to ours, so values cannot be exchanged. */
  int same_space = (mip == st->original);
  if (node.reason == GLP_IHEUR && same_space && st->columns > 0) {
    for (int j = 1; j <= st->columns; j++)
      st->lp_values[j - 1] = glp_get_col_prim(mip, j);
    node.lp_values = st->lp_values;
  }

  cglpk_node_action action;
  memset(&action, 0, sizeof action);
  st->request->callback(st->request->context, &node, &action);

  if (action.solution != NULL && same_space && st->columns > 0) {
    for (int j = 1; j <= st->columns; j++) st->offer[j] = action.solution[j - 1];
    if (glp_ios_heur_sol(T, st->offer) == 0) st->accepted++;
  }
  if (action.terminate) glp_ios_terminate(T);
}

int cglpk_intopt(glp_prob *P, glp_iocp *parm, const cglpk_mip_request *request,
                 cglpk_mip_outcome *out) {
  /* Scratch is malloc'd (not glp_alloc'd) before setjmp so the fatal path
   * can free it: glp_free_env only frees GLPK's own blocks. */
  const int columns = glp_get_num_cols(P);
  double *const offer = malloc(((size_t)columns + 1) * sizeof(double));
  double *const lp_values = malloc(((size_t)columns + 1) * sizeof(double));
  if (offer == NULL || lp_values == NULL) {
    free(offer);
    free(lp_values);
    snprintf(cglpk_tls_fatal, CGLPK_FATAL_CAP, "cglpk: out of memory for %d columns", columns);
    return CGLPK_NOMEM;
  }
  cb_state st = {request, P, columns, 0, offer, lp_values, 0};
  const int serialise = parm->cov_cuts == GLP_ON;
  if (serialise) pthread_mutex_lock(&cover_cut_lock);

  jmp_buf jb;
  jmp_buf *volatile prev = cglpk_tls_jump;
  cglpk_enter();
  if (setjmp(jb) != 0) {
    cglpk_tls_jump = prev;
    if (serialise) pthread_mutex_unlock(&cover_cut_lock);
    free(offer);
    free(lp_values);
    return CGLPK_FATAL;
  }
  cglpk_tls_jump = &jb;
  if (request->mem_limit_mb > 0) limit_memory(request->mem_limit_mb);
  parm->cb_func = cglpk_cb;
  parm->cb_info = &st;
  out->ret = glp_intopt(P, parm);
  out->status = glp_mip_status(P);
  out->objective = glp_mip_obj_val(P);
  out->offers_accepted = st.accepted;
  if (request->mem_limit_mb > 0) glp_mem_limit(INT_MAX);
  cglpk_tls_jump = prev;
  if (serialise) pthread_mutex_unlock(&cover_cut_lock);
  parm->cb_func = NULL;
  parm->cb_info = NULL;
  free(offer);
  free(lp_values);
  return 0;
}

/* ---- plain reads -------------------------------------------------------- */

void cglpk_mip_values(glp_prob *P, double *out, int n) {
  for (int j = 1; j <= n; j++) out[j - 1] = glp_mip_col_val(P, j);
}
