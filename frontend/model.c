/* model.c — the checked model and its settings. */
#include <stdlib.h>
#include <string.h>

#include "model.h"

void fe_spec_free(Spec *s) {
  if (!s) return;
  for (int i = 0; i < s->n; i++) {
    fe_spec_free(s->items[i]);
    if (s->names) free(s->names[i]);
  }
  free(s->items);
  free(s->names);
  free(s->s);
  free(s);
}

static void block_free(SpecBlock *b) {
  for (int i = 0; i < b->n; i++) {
    free(b->keys[i]);
    fe_spec_free(b->values[i]);
  }
  free(b->keys);
  free(b->values);
}

void fe_model_free(Model *m) {
  if (!m) return;
  for (int i = 0; i < m->params.n; i++) free(m->params.v[i].name);
  vec_free(&m->params);
  block_free(&m->train);
  block_free(&m->finetune);
  free(m->name);
  free(m->dir);
  free(m);
}

const Spec *spec_get(const SpecBlock *b, const char *key) {
  for (int i = 0; i < b->n; i++)
    if (!strcmp(b->keys[i], key)) return b->values[i];
  return NULL;
}

const Spec *spec_field(const Spec *rec, const char *name) {
  if (!rec || rec->kind != SPEC_RECORD) return NULL;
  for (int i = 0; i < rec->n; i++)
    if (!strcmp(rec->names[i], name)) return rec->items[i];
  return NULL;
}

double spec_num(const Spec *s, double dflt) {
  if (!s) return dflt;
  if (s->kind == SPEC_INT) return (double)s->i;
  if (s->kind == SPEC_FLOAT) return s->f;
  return dflt;
}
